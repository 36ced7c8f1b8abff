package vn.parindex.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import vn.parindex.scoring.facts.Band;
import vn.parindex.spreadsheet.SheetReader;
import vn.parindex.web.Numbers;
import vn.parindex.web.ValidationException;

/**
 * The classification schemes a province edits (rules/ranking/xep-loai.csv, and the same columns as a sheet): one
 * row per band, the scheme's own columns repeated on each of its rows. Checked whole: every problem by line and
 * column, and any problem rejects the table. Every scheme must end with a band that any unit reaches.
 */
public final class SchemeTable {

    public static final String FILE = "ranking/xep-loai.csv";
    public static final List<String> HEADERS = List.of("Mã cách xếp loại", "Tên cách xếp loại",
            "Căn cứ (INDEX: chỉ số, POINTS: tổng điểm)", "Xếp hạng trong từng loại trước (x)", "Thứ tự loại",
            "Tên loại", "Tối thiểu",
            "Cấp của mức sàn (AREA: lĩnh vực, CRITERION: tiêu chí, LEAF: tiêu chí thành phần)", "Mức sàn (% điểm tối đa)");
    /** Fits cycle.classification_scheme. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    /** Fits unit_result.classification. */
    private static final int LABEL_CHARS = 64;
    private static final int TITLE_CHARS = 200;
    private static final Set<String> BASES = Set.of(Band.INDEX, Band.POINTS);
    private static final Set<String> LEVELS = Set.of(Band.AREA, Band.CRITERION, Band.LEAF);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX_POINTS = BigDecimal.valueOf(1000);

    private SchemeTable() {
    }

    public static List<Band> parse(String csv) {
        return parse(SheetReader.semicolonSeparated(csv), "Tệp " + FILE);
    }

    /** The bands of every scheme, in the table's order; ValidationException listing every problem otherwise. */
    public static List<Band> parse(List<List<String>> rows, String location) {
        List<String> problems = new ArrayList<>();
        if (rows.isEmpty() || !SheetReader.startsWithHeaders(rows.get(0), HEADERS)) {
            throw ValidationException.single(location + ": dòng 1 phải là tiêu đề: " + String.join("; ", HEADERS) + ".");
        }
        List<Band> bands = new ArrayList<>();
        Set<String> incomplete = new TreeSet<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            Row cells = new Row(row, location + ", dòng " + (r + 1), problems);
            if (row.subList(Math.min(row.size(), HEADERS.size()), row.size()).stream().anyMatch(c -> !c.isBlank())) {
                problems.add(location + ", dòng " + (r + 1) + ": có nhiều hơn " + HEADERS.size() + " cột.");
            }
            String code = cells.text(0, 32);
            if (!code.isEmpty() && !CODE.matcher(code).matches()) {
                cells.problem(0, "mã chỉ gồm chữ không dấu, số, '-' và '_', tối đa 32 ký tự");
            }
            String title = cells.text(1, TITLE_CHARS);
            String basis = cells.oneOf(2, BASES, true);
            String ranks = cells.oneOf(3, Set.of("x"), false);
            BigDecimal order = cells.number(4, BigDecimal.ONE, BigDecimal.valueOf(99));
            if (order != null && order.stripTrailingZeros().scale() > 0) {
                cells.problem(4, "phải là số nguyên");
            }
            String label = cells.text(5, LABEL_CHARS);
            BigDecimal minimum = cells.number(6, BigDecimal.ZERO, Band.POINTS.equals(basis) ? MAX_POINTS : HUNDRED);
            String level = cells.oneOf(7, LEVELS, false);
            boolean floorGiven = !cells.raw(8).isEmpty();
            BigDecimal floor = floorGiven ? cells.number(8, BigDecimal.ZERO, HUNDRED) : null;
            if (cells.raw(7).isEmpty() == floorGiven) {
                cells.problem(level == null ? 7 : 8, "cấp và mức sàn phải có cùng nhau");
            }
            if (cells.valid()) {
                bands.add(new Band(code, title, basis, ranks != null, order.intValue(), label, minimum, level, floor));
            } else {
                incomplete.add(code);
            }
        }
        checkSchemes(bands, incomplete, location, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(refusal(problems.size()), problems);
        }
        return List.copyOf(bands);
    }

    static String refusal(int problems) {
        return "Bảng cách xếp loại có " + problems + " lỗi; chưa thay đổi gì.";
    }

    /** Each scheme whose rows were all read, as a whole; one with a refused row is judged once that row is fixed. */
    private static void checkSchemes(List<Band> bands, Set<String> incomplete, String location, List<String> problems) {
        Map<String, List<Band>> byScheme = new LinkedHashMap<>();
        bands.stream().filter(b -> !incomplete.contains(b.getScheme()))
                .forEach(b -> byScheme.computeIfAbsent(b.getScheme(), k -> new ArrayList<>()).add(b));
        if (byScheme.isEmpty() && incomplete.isEmpty()) {
            problems.add(location + ": chưa có cách xếp loại nào.");
        }
        byScheme.forEach((scheme, list) -> {
            String where = location + ", cách xếp loại " + scheme + ": ";
            Band first = list.get(0);
            if (list.stream().anyMatch(b -> !b.getSchemeTitle().equals(first.getSchemeTitle())
                    || !b.getBasis().equals(first.getBasis()) || b.isRanksWithinBands() != first.isRanksWithinBands())) {
                problems.add(where + "tên, căn cứ và cách xếp hạng phải giống nhau trên mọi dòng.");
            }
            Set<Integer> orders = new TreeSet<>();
            Set<String> labels = new TreeSet<>();
            list.forEach(b -> {
                if (!orders.add(b.getOrder())) {
                    problems.add(where + "thứ tự " + b.getOrder() + " bị trùng.");
                }
                if (!labels.add(b.getLabel())) {
                    problems.add(where + "tên loại \"" + b.getLabel() + "\" bị trùng.");
                }
            });
            List<Band> ordered = list.stream().sorted(Comparator.comparingInt(Band::getOrder)).toList();
            for (int i = 1; i < ordered.size(); i++) {
                if (ordered.get(i).getMinimum().compareTo(ordered.get(i - 1).getMinimum()) > 0) {
                    problems.add(where + "loại \"" + ordered.get(i).getLabel() + "\" có mức tối thiểu cao hơn loại đứng trước.");
                }
            }
            Band last = ordered.get(ordered.size() - 1);
            if (last.getMinimum().signum() != 0 || last.getFloorLevel() != null) {
                problems.add(where + "loại cuối (\"" + last.getLabel() + "\") phải có tối thiểu 0 và không có mức sàn,"
                        + " để đơn vị nào cũng được xếp loại.");
            }
        });
    }

    /** One row's cells, each problem named by its column. */
    private record Row(List<String> cells, String where, List<String> problems, int[] before) {

        Row(List<String> cells, String where, List<String> problems) {
            this(cells, where, problems, new int[] {problems.size()});
        }

        boolean valid() {
            return problems.size() == before[0];
        }

        void problem(int column, String what) {
            problems.add(where + ", cột \"" + HEADERS.get(column) + "\": " + what + ".");
        }

        String raw(int column) {
            return column < cells.size() ? cells.get(column).trim() : "";
        }

        String text(int column, int maxChars) {
            String value = raw(column);
            if (value.isEmpty()) {
                problem(column, "không được để trống");
            } else if (value.length() > maxChars) {
                problem(column, "dài quá " + maxChars + " ký tự");
            }
            return value;
        }

        String oneOf(int column, Set<String> allowed, boolean required) {
            String value = raw(column);
            if (value.isEmpty()) {
                if (required) {
                    problem(column, "không được để trống");
                }
                return null;
            }
            String match = allowed.stream().filter(a -> a.equalsIgnoreCase(value)).findFirst().orElse(null);
            if (match == null) {
                problem(column, "\"" + value + "\" không phải một trong " + new TreeSet<>(allowed));
            }
            return match;
        }

        BigDecimal number(int column, BigDecimal min, BigDecimal max) {
            String value = raw(column);
            try {
                BigDecimal number = Numbers.parse(value);
                if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
                    problem(column, "phải từ " + min.toPlainString() + " đến " + max.toPlainString());
                    return null;
                }
                return number;
            } catch (NumberFormatException e) {
                problem(column, value.isEmpty() ? "không được để trống" : "\"" + value + "\" không phải là số");
                return null;
            }
        }
    }
}
