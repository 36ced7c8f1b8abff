package vn.parindex.criteria;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.parindex.org.UnitType;
import vn.parindex.org.UnitTypes;
import vn.parindex.rules.RuleFiles;
import vn.parindex.rules.RuleSetCheck;
import vn.parindex.spreadsheet.SheetReader;
import vn.parindex.web.Numbers;
import vn.parindex.web.ValidationException;

/**
 * The criteria catalogue in rules/catalogue/: {@code catalogues.properties} names the file of each unit type;
 * each file lists the leaves, separated by semicolons, under a Vietnamese header row (see {@link CatalogueColumn}):
 * area, criterion and leaf with their codes, titles and maxima, the method, its parameters 1-3, whether
 * evidence is required (x) and, optionally, the area's short name.
 */
@Component
public class Catalogue implements RuleSetCheck {

    private final RuleFiles rules;
    private final UnitTypes types;

    Catalogue(RuleFiles rules, UnitTypes types) {
        this.rules = rules;
        this.types = types;
    }

    /** Every catalogue the candidate's index names must parse, with its sums. */
    @Override
    public void check(RuleFiles candidate) {
        new Catalogue(candidate, new UnitTypes(candidate)).current();
    }

    /** The catalogue version (its index's {@code version} key) and the leaves per unit type. */
    public Snapshot current() {
        Properties index = types.index();
        Map<UnitType, List<Leaf>> leaves = new LinkedHashMap<>();
        for (UnitType type : types.all()) {
            String file = index.getProperty(type.code());
            if (file != null) {
                leaves.put(type, parse(rows(required(file)), "rules/catalogue/" + file));
            }
        }
        return new Snapshot(index.getProperty("version", "unversioned"), leaves);
    }

    /** The catalogue files named in the index, by file name, as text. */
    public Map<String, String> catalogueFiles() {
        Properties index = types.index();
        Map<String, String> named = new TreeMap<>();
        types.all().stream().map(t -> index.getProperty(t.code())).filter(f -> f != null)
                .forEach(f -> named.put(f, required(f)));
        return named;
    }

    /** The leaves of each catalogue file the candidate's index names, by file name; ValidationException if one is invalid. */
    public static Map<String, List<Leaf>> leavesByFile(RuleFiles candidate) {
        Map<String, List<Leaf>> byFile = new TreeMap<>();
        new Catalogue(candidate, new UnitTypes(candidate)).catalogueFiles()
                .forEach((file, text) -> byFile.put(file, parse(rows(text), "rules/catalogue/" + file)));
        return byFile;
    }

    static List<List<String>> rows(String csv) {
        return SheetReader.semicolonSeparated(csv);
    }

    public record Snapshot(String version, Map<UnitType, List<Leaf>> leaves) {
    }

    /** A catalogue file the index names: read alone, not picked out of every .csv under rules/. */
    private String required(String file) {
        return rules.file("catalogue/" + file).orElseThrow(() -> new IllegalStateException("Missing rules/catalogue/" + file));
    }

    /**
     * Parses the rows of one catalogue file or sheet (header first); every problem is listed by line and column
     * after the location label, the sums' too ({@link CatalogueSums}), and any problem rejects it.
     */
    static List<Leaf> parse(List<List<String>> rows, String location) {
        List<String> problems = new ArrayList<>();
        List<Leaf> leaves = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        CatalogueSums sums = new CatalogueSums(location, problems);
        Map<String, List<String>> areaNames = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.isEmpty() || r.get(0).startsWith("#")) {
                continue;
            }
            String at = location + ", dòng " + (i + 1) + ": ";
            Leaf leaf = leaf(r, at, problems);
            if (leaf != null && !codes.add(leaf.code())) {
                problems.add(at + "mã tiêu chí " + leaf.code() + " bị trùng.");
            } else if (leaf != null) {
                leaves.add(leaf);
                sameAreaNames(areaNames, leaf, at, problems);
            }
            sums.add(r, leaf, at);
        }
        sums.check();
        if (!problems.isEmpty()) {
            throw new ValidationException("Bộ tiêu chí có " + problems.size() + " lỗi.", problems);
        }
        return leaves;
    }

    /** Every row of an area names it alike: its title and its short name. */
    private static void sameAreaNames(Map<String, List<String>> areaNames, Leaf leaf, String at, List<String> problems) {
        List<String> names = List.of(leaf.areaTitle(), leaf.areaShortTitle());
        List<String> named = areaNames.putIfAbsent(leaf.areaCode(), names);
        if (named != null && !named.equals(names)) {
            problems.add(at + "lĩnh vực " + leaf.areaCode() + " đã có tên \"" + named.get(0) + "\", tên ngắn \""
                    + named.get(1) + "\"; mỗi dòng của lĩnh vực ghi cùng tên.");
        }
    }

    private static Leaf leaf(List<String> r, String at, List<String> problems) {
        int before = problems.size();
        String code = cell(r, CatalogueColumn.LEAF_CODE);
        if (code.isEmpty() || cell(r, CatalogueColumn.AREA_CODE).isEmpty() || cell(r, CatalogueColumn.CRITERION_CODE).isEmpty()
                || cell(r, CatalogueColumn.LEAF_TITLE).isEmpty()) {
            problems.add(at + "thiếu mã lĩnh vực, mã tiêu chí, mã hoặc tên tiêu chí thành phần.");
        } else if (!Leaf.CODE.matcher(code).matches() || !Leaf.CODE.matcher(cell(r, CatalogueColumn.AREA_CODE)).matches()
                || !Leaf.CODE.matcher(cell(r, CatalogueColumn.CRITERION_CODE)).matches()) {
            problems.add(at + "mã lĩnh vực, tiêu chí, tiêu chí thành phần chỉ gồm chữ không dấu, số, dấu chấm, gạch "
                    + "(tối đa 16 ký tự).");
        }
        if (cell(r, CatalogueColumn.LEAF_TITLE).length() > Leaf.TITLE_CHARS
                || cell(r, CatalogueColumn.CRITERION_TITLE).length() > Leaf.TITLE_CHARS
                || cell(r, CatalogueColumn.AREA_TITLE).length() > Leaf.AREA_TITLE_CHARS) {
            problems.add(at + "tên quá dài (lĩnh vực tối đa " + Leaf.AREA_TITLE_CHARS + " ký tự, tiêu chí "
                    + Leaf.TITLE_CHARS + " ký tự).");
        }
        if (cell(r, CatalogueColumn.AREA_SHORT_TITLE).length() > Leaf.AREA_SHORT_TITLE_CHARS) {
            problems.add(at + "cột " + CatalogueColumn.AREA_SHORT_TITLE.header + ": tối đa " + Leaf.AREA_SHORT_TITLE_CHARS
                    + " ký tự (tên in trên đầu cột của bảng kết quả).");
        }
        BigDecimal max = number(r, CatalogueColumn.MAX, at, problems);
        if (max != null && max.signum() <= 0) {
            problems.add(at + "cột " + CatalogueColumn.MAX.header + ": phải lớn hơn 0.");
        }
        ScoringMethod method = method(r);
        if (method == null) {
            problems.add(at + "cột " + CatalogueColumn.METHOD.header + ": \"" + cell(r, CatalogueColumn.METHOD) + "\" không có; dùng một trong "
                    + Arrays.toString(ScoringMethod.values()) + ".");
        }
        BigDecimal p1 = number(r, CatalogueColumn.P1, at, problems);
        BigDecimal p2 = number(r, CatalogueColumn.P2, at, problems);
        BigDecimal p3 = number(r, CatalogueColumn.P3, at, problems);
        boolean evidence = "x".equalsIgnoreCase(cell(r, CatalogueColumn.EVIDENCE));
        if (method != null) {
            method.parameterProblems(p1, p2, p3).forEach(p -> problems.add(at + p));
            if (evidence && !method.enteredByUnit()) {
                problems.add(at + "tiêu chí điều tra xã hội học không yêu cầu tài liệu kiểm chứng.");
            }
        }
        return problems.size() > before ? null
                : new Leaf(code, cell(r, CatalogueColumn.AREA_CODE), cell(r, CatalogueColumn.AREA_TITLE),
                cell(r, CatalogueColumn.AREA_SHORT_TITLE), cell(r, CatalogueColumn.CRITERION_CODE), cell(r, CatalogueColumn.CRITERION_TITLE),
                cell(r, CatalogueColumn.LEAF_TITLE), max, method, p1, p2, p3, evidence);
    }

    static ScoringMethod method(List<String> row) {
        String name = cell(row, CatalogueColumn.METHOD);
        return Arrays.stream(ScoringMethod.values()).filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }

    static String cell(List<String> row, CatalogueColumn column) {
        return column.ordinal() < row.size() ? row.get(column.ordinal()) : "";
    }

    /** The column's number, or null when it is empty or not a number (reported elsewhere). */
    static BigDecimal numberOrNull(List<String> row, CatalogueColumn column) {
        return number(row, column, "", new ArrayList<>());
    }

    static BigDecimal number(List<String> row, CatalogueColumn column, String at, List<String> problems) {
        String text = cell(row, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Numbers.parse(text);
        } catch (NumberFormatException e) {
            problems.add(at + "cột " + column.header + ": \"" + text + "\" không phải là số hợp lệ (" + Numbers.RULE + ").");
            return null;
        }
    }
}
