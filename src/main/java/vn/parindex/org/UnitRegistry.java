package vn.parindex.org;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.parindex.spreadsheet.SheetReader;
import vn.parindex.web.Text;
import vn.parindex.web.ValidationException;

/**
 * Loads the unit registry from the administrator's spreadsheet rows. Every row is checked first; a file with
 * any problem is rejected whole, each problem named by row and column.
 */
@Service
public class UnitRegistry {

    public static final List<String> HEADERS = List.of("Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Khối xếp hạng",
            "Mã đơn vị cấp trên", "Hiệu lực từ", "Hiệu lực đến", "Đơn vị tiền thân");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.]{1,32}");
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
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
        List<Unit> parsed = parse(rows);
        Set<String> known = new HashSet<>(units.findAll().stream().map(Unit::code).toList());
        int updated = (int) parsed.stream().filter(u -> known.contains(u.code())).count();
        Loaded loaded = Loaded.of(parsed.size() - updated, updated);
        units.saveAll(parsed);
        parsed.forEach(groups::ensureGroup);
        events.publishEvent(new UnitsLoaded(actor, loaded));
        log.info("{} loaded {} units ({} new)", actor, parsed.size(), loaded.created());
        return loaded;
    }

    List<Unit> parse(List<List<String>> rows) {
        List<String> problems = new ArrayList<>();
        if (rows.isEmpty() || !SheetReader.startsWithHeaders(rows.get(0), HEADERS)) {
            throw new ValidationException("Tệp danh mục đơn vị không đúng mẫu.",
                    List.of("Dòng 1: tiêu đề cột phải là: " + String.join(" | ", HEADERS)));
        }
        Map<String, Unit> byCode = new LinkedHashMap<>();
        Map<String, Integer> rowOf = new LinkedHashMap<>();
        Set<String> refused = new HashSet<>();
        List<UnitType> defined = types.all();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.isEmpty()) {
                continue;
            }
            RowReader reader = new RowReader(row, i + 1, defined, problems);
            Unit unit = reader.unit();
            if (unit == null) {
                refused.add(reader.cell(0));
            } else if (byCode.putIfAbsent(unit.code(), unit) != null) {
                problems.add(reader.at(0) + "mã đơn vị " + unit.code() + " bị trùng (đã có ở dòng " + rowOf.get(unit.code()) + ").");
            } else {
                rowOf.put(unit.code(), i + 1);
            }
        }
        checkReferences(byCode, rowOf, refused, problems);
        if (byCode.isEmpty() && problems.isEmpty()) {
            problems.add("Tệp không có dòng dữ liệu nào.");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("Tệp danh mục đơn vị có " + problems.size() + " lỗi; chưa có dữ liệu nào được nạp.", problems);
        }
        return List.copyOf(byCode.values());
    }

    /** Each unit's parent and predecessors exist; one whose own row was refused is not reported again. */
    private void checkReferences(Map<String, Unit> byCode, Map<String, Integer> rowOf, Set<String> refused,
                                 List<String> problems) {
        for (Unit u : byCode.values()) {
            String where = "Dòng " + rowOf.get(u.code()) + ", cột ";
            String parent = u.parentCode();
            if (parent != null && !refused.contains(parent) && !byCode.containsKey(parent) && !units.exists(parent)) {
                problems.add(where + HEADERS.get(4) + ": không có đơn vị mã " + parent + ".");
            }
            for (String p : u.predecessors().stream().filter(p -> !refused.contains(p)).toList()) {
                Unit predecessor = byCode.containsKey(p) ? byCode.get(p) : units.find(p).orElse(null);
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

    /** Reads one data row, adding a Vietnamese problem per bad cell. */
    private static final class RowReader {
        private final List<String> row;
        private final int rowNumber;
        private final List<String> problems;
        private final List<UnitType> types;

        RowReader(List<String> row, int rowNumber, List<UnitType> types, List<String> problems) {
            this.types = types;
            this.row = row;
            this.rowNumber = rowNumber;
            this.problems = problems;
        }

        String at(int column) {
            return "Dòng " + rowNumber + ", cột " + HEADERS.get(column) + ": ";
        }

        Unit unit() {
            int before = problems.size();
            String code = cell(0);
            if (!CODE.matcher(code).matches()) {
                problems.add(at(0) + "mã phải gồm 1–32 chữ cái không dấu, chữ số, '.' hoặc '_' (đang là \"" + code + "\").");
            }
            String name = required(1, "tên đơn vị", Text.NAME_CHARS);
            UnitType type = UnitTypes.find(types, cell(2)).orElse(null);
            if (type == null) {
                problems.add(at(2) + "loại đơn vị \"" + cell(2) + "\" không hợp lệ; dùng một trong: "
                        + String.join(", ", types.stream().map(t -> t.code() + " (" + t.label() + ")").toList()) + ".");
            }
            String block = required(3, "khối xếp hạng", 64);
            String parent = cell(4).isEmpty() ? null : cell(4);
            LocalDate from = date(5, true);
            LocalDate to = date(6, false);
            if (from != null && to != null && to.isBefore(from)) {
                problems.add(at(6) + "ngày hết hiệu lực trước ngày bắt đầu hiệu lực.");
            }
            List<String> predecessors = cell(7).isEmpty() ? List.of()
                    : Arrays.stream(cell(7).split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
            if (code.equals(parent) || predecessors.contains(code)) {
                problems.add(at(4) + "đơn vị không thể là cấp trên hoặc tiền thân của chính nó.");
            }
            return problems.size() > before ? null : new Unit(code, name, type, block, parent, from, to, predecessors);
        }

        private String cell(int column) {
            return column < row.size() ? row.get(column).trim() : "";
        }

        private String required(int column, String what, int maxLength) {
            String value = cell(column);
            if (value.isEmpty()) {
                problems.add(at(column) + "thiếu " + what + ".");
            } else if (value.length() > maxLength) {
                problems.add(at(column) + what + " dài quá " + maxLength + " ký tự.");
            } else if (!Text.isCleanLine(value)) {
                problems.add(at(column) + what + " " + Text.ONE_LINE + ".");
            }
            return value;
        }

        private LocalDate date(int column, boolean required) {
            String value = cell(column);
            if (value.isEmpty()) {
                if (required) {
                    problems.add(at(column) + "thiếu ngày (dd/mm/yyyy).");
                }
                return null;
            }
            try {
                return value.contains("/") ? LocalDate.parse(value, VIETNAMESE_DATE) : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problems.add(at(column) + "ngày \"" + value + "\" không hợp lệ (dd/mm/yyyy).");
                return null;
            }
        }
    }
}
