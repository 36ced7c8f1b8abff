package vn.parindex.org;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.spreadsheet.SheetReader;
import vn.parindex.web.ValidationException;

/**
 * Loads the unit registry from the administrator's spreadsheet rows. Every row is checked first; a file with
 * any problem is rejected whole, each problem named by row and column.
 * <p>
 * The electronic identifier is an optional column, after the required ones: a file written before it existed leaves
 * the registered units' identifiers as they are (it says nothing about them); a file with the column sets them, an
 * empty cell clearing one, as an empty "Hiệu lực đến" clears the end of validity.
 */
@Service
public class UnitRegistry {

    /** The columns every registry file has, in this order. */
    public static final List<String> HEADERS = List.of("Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Khối xếp hạng",
            "Mã đơn vị cấp trên", "Hiệu lực từ", "Hiệu lực đến", "Đơn vị tiền thân");
    /** The columns of the template and the export: the required ones, then the optional electronic identifier. */
    public static final List<String> COLUMNS = Stream.concat(HEADERS.stream(), Stream.of(ElectronicId.COLUMN)).toList();
    static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final Logger log = LoggerFactory.getLogger(UnitRegistry.class);

    private final UnitRepository units;
    private final UnitGroups groups;
    private final ApplicationEventPublisher events;

    private final UnitTypes types;

    UnitRegistry(UnitRepository units, UnitGroups groups, ApplicationEventPublisher events, UnitTypes types) {
        this.types = types;
        this.units = units;
        this.groups = groups;
        this.events = events;
    }

    /** What a load did, and the sentence saying so. */
    public record Loaded(int loaded, int created, int updated, String message) {
        static Loaded of(int created, int updated) {
            return new Loaded(created + updated, created, updated,
                    "Đã nạp " + (created + updated) + " đơn vị: " + created + " mới, " + updated + " cập nhật.");
        }
    }

    /** Validates all rows (the first is the header), then saves them and creates each unit's group. */
    @Transactional
    public Loaded load(List<List<String>> rows, String actor) {
        Map<String, Unit> registered = units.byCode();
        List<Unit> parsed = parse(rows, registered);
        int updated = (int) parsed.stream().filter(u -> registered.containsKey(u.code())).count();
        Loaded loaded = Loaded.of(parsed.size() - updated, updated);
        units.saveAll(parsed);
        parsed.forEach(groups::ensureGroup);
        events.publishEvent(new UnitsLoaded(actor, loaded));
        log.info("{} loaded {} units ({} new)", actor, parsed.size(), loaded.created());
        return loaded;
    }

    /** The column's name in problems: a required column by its index, any later one is the electronic identifier. */
    static String columnName(int column) {
        return column < HEADERS.size() ? HEADERS.get(column) : ElectronicId.COLUMN;
    }

    private List<Unit> parse(List<List<String>> rows, Map<String, Unit> registered) {
        List<String> problems = new ArrayList<>();
        if (rows.isEmpty() || !SheetReader.startsWithHeaders(rows.get(0), HEADERS)) {
            throw new ValidationException("Tệp danh mục đơn vị không đúng mẫu.",
                    List.of("Dòng 1: tiêu đề cột phải là: " + String.join(" | ", HEADERS) + " (có thể thêm cột "
                            + ElectronicId.COLUMN + ")"));
        }
        int electronicIdColumn = electronicIdColumn(rows.get(0));
        Map<String, Unit> byCode = new LinkedHashMap<>();
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        Set<String> refused = new HashSet<>();
        List<UnitType> defined = types.all();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            RegistryRow reader = new RegistryRow(row, i + 1, defined, electronicIdColumn, problems);
            Unit unit = reader.unit();
            if (unit != null && electronicIdColumn < 0 && registered.containsKey(unit.code())) {
                unit = unit.withElectronicId(registered.get(unit.code()).electronicId());
            }
            if (unit == null) {
                refused.add(reader.cell(0));
            } else if (byCode.putIfAbsent(unit.code(), unit) != null) {
                problems.add(reader.at(0) + "mã đơn vị " + unit.code() + " bị trùng (đã có ở dòng " + rowOf.get(unit.code()) + ").");
            } else {
                rowOf.put(unit.code(), i + 1);
            }
        }
        checkReferences(byCode, rowOf, refused, registered, problems);
        checkElectronicIds(byCode, rowOf, registered, electronicIdColumn, problems);
        if (byCode.isEmpty() && problems.isEmpty()) {
            problems.add("Tệp không có dòng dữ liệu nào.");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("Tệp danh mục đơn vị có " + problems.size() + " lỗi; chưa có dữ liệu nào được nạp.", problems);
        }
        return List.copyOf(byCode.values());
    }

    /** The optional column of electronic identifiers, wherever after the required ones; -1 in a file without it. */
    private static int electronicIdColumn(List<String> header) {
        for (int c = HEADERS.size(); c < header.size(); c++) {
            if (ElectronicId.COLUMN.equalsIgnoreCase(header.get(c).trim())) {
                return c;
            }
        }
        return -1;
    }

    /**
     * Once saved, each identifier names one unit: not two rows of the file, nor a row and a registered unit the file
     * leaves out (a unit in the file gives up its old identifier for the file's).
     */
    private static void checkElectronicIds(Map<String, Unit> byCode, Map<String, Integer> rowOf,
                                           Map<String, Unit> registered, int column, List<String> problems) {
        Map<String, String> holders = new HashMap<>();
        registered.values().stream().filter(u -> u.electronicId() != null && !byCode.containsKey(u.code()))
                .forEach(u -> holders.put(u.electronicId(), u.code()));
        for (Unit u : byCode.values()) {
            String holder = u.electronicId() == null ? null : holders.putIfAbsent(u.electronicId(), u.code());
            if (holder != null) {
                problems.add("Dòng " + rowOf.get(u.code()) + ", cột " + columnName(column) + ": mã định danh "
                        + u.electronicId() + " bị trùng (" + (byCode.containsKey(holder)
                        ? "đã có ở dòng " + rowOf.get(holder) : "đã là mã của đơn vị " + holder + " trong danh mục") + ").");
            }
        }
    }

    /** Each unit's parent and predecessors exist; one whose own row was refused is not reported again. */
    private static void checkReferences(Map<String, Unit> byCode, Map<String, Integer> rowOf, Set<String> refused,
                                        Map<String, Unit> registered, List<String> problems) {
        for (Unit u : byCode.values()) {
            String where = "Dòng " + rowOf.get(u.code()) + ", cột ";
            String parent = u.parentCode();
            if (parent != null && !refused.contains(parent) && !byCode.containsKey(parent) && !registered.containsKey(parent)) {
                problems.add(where + HEADERS.get(4) + ": không có đơn vị mã " + parent + ".");
            }
            for (String p : u.predecessors().stream().filter(p -> !refused.contains(p)).toList()) {
                Unit predecessor = byCode.containsKey(p) ? byCode.get(p) : registered.get(p);
                if (predecessor == null) {
                    problems.add(where + HEADERS.get(7) + ": không có đơn vị tiền thân mã " + p + ".");
                } else if (predecessor.validTo() == null || !predecessor.validTo().isBefore(u.validFrom())) {
                    // a unit and its successor valid on the same day would both be assessed that year
                    problems.add(where + HEADERS.get(7) + ": đơn vị tiền thân " + p + " phải hết hiệu lực trước ngày "
                            + u.validFrom().format(VIETNAMESE_DATE) + ", ngày đơn vị " + u.code() + " bắt đầu.");
                }
            }
            if (hasParentCycle(u, byCode)) {
                problems.add(where + HEADERS.get(4) + ": quan hệ cấp trên tạo thành vòng lặp.");
            }
        }
    }

    private static boolean hasParentCycle(Unit start, Map<String, Unit> byCode) {
        Set<String> seen = new HashSet<>();
        for (Unit u = start; u != null && u.parentCode() != null; u = byCode.get(u.parentCode())) {
            if (!seen.add(u.code())) {
                return true;
            }
        }
        return false;
    }
}
