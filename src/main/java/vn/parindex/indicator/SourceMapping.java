package vn.parindex.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.parindex.criteria.Catalogue;
import vn.parindex.criteria.Leaf;
import vn.parindex.org.UnitType;
import vn.parindex.org.UnitTypes;
import vn.parindex.rules.RuleFiles;
import vn.parindex.rules.RuleSetCheck;
import vn.parindex.spreadsheet.SheetReader;
import vn.parindex.web.Text;
import vn.parindex.web.ValidationException;

/**
 * Which leaf of which catalogue file takes which source indicator ({@code rules/catalogue/nguon-so-lieu.csv}, optional):
 * one row per leaf, the indicator's code and name, what its numerator and denominator count, and the months summed
 * (see {@link LeafSource}). Only a leaf scored on a rate may be mapped. Checked whole with the rule set: every problem
 * by line and column, and any problem refuses the version.
 */
@Component
public class SourceMapping implements RuleSetCheck {

    public static final String FILE = "catalogue/nguon-so-lieu.csv";
    static final List<String> HEADERS = List.of("Tệp bộ tiêu chí", "Mã tiêu chí thành phần", "Mã chỉ tiêu nguồn",
            "Tên chỉ tiêu nguồn", "Tử số", "Mẫu số", "Từ tháng", "Đến tháng");
    /** Fits cycle_leaf_source.indicator. */
    static final Pattern INDICATOR = Pattern.compile("[A-Z0-9_]{1,32}");
    private static final int LABEL_CHARS = 200;

    private final RuleFiles rules;
    private final UnitTypes types;

    SourceMapping(RuleFiles rules, UnitTypes types) {
        this.rules = rules;
        this.types = types;
    }

    @Override
    public void check(RuleFiles candidate) {
        candidate.file(FILE).ifPresent(csv -> parse(csv, cataloguesOrNull(candidate)));
    }

    /** The mapping of the rules in force for each of these types (types without a mapped leaf are left out). */
    public Map<UnitType, List<LeafSource>> forTypes(Set<UnitType> unitTypes) {
        Map<String, List<LeafSource>> byFile = rules.file(FILE).map(csv -> parse(csv, null)).orElse(Map.of());
        Properties index = types.index();
        Map<UnitType, List<LeafSource>> byType = new LinkedHashMap<>();
        unitTypes.forEach(type -> {
            List<LeafSource> sources = byFile.get(index.getProperty(type.code()));
            if (sources != null) {
                byType.put(type, sources);
            }
        });
        return byType;
    }

    /** The catalogues, or null when one is invalid: its own check lists its problems, the mapping is checked without it. */
    private static Map<String, List<Leaf>> cataloguesOrNull(RuleFiles candidate) {
        try {
            return Catalogue.leavesByFile(candidate);
        } catch (ValidationException | IllegalStateException e) {
            return null;
        }
    }

    /**
     * The mapped leaves by catalogue file. {@code catalogues}: the leaves by file to check each row against, or null
     * to check the rows alone (a rule set already checked whole).
     */
    static Map<String, List<LeafSource>> parse(String csv, Map<String, List<Leaf>> catalogues) {
        List<List<String>> rows = SheetReader.semicolonSeparated(csv);
        String location = "Tệp " + FILE;
        if (rows.isEmpty() || !SheetReader.startsWithHeaders(rows.get(0), HEADERS)) {
            throw ValidationException.single(location + ": dòng 1 phải là tiêu đề: " + String.join("; ", HEADERS) + ".");
        }
        List<String> problems = new ArrayList<>();
        Map<String, List<LeafSource>> byFile = new LinkedHashMap<>();
        Set<String> mapped = new HashSet<>();
        Map<String, LeafSource> indicators = new HashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank) || row.get(0).startsWith("#")) {
                continue;
            }
            Cells cells = new Cells(row, location + ", dòng " + (r + 1), problems);
            String file = cells.text(0);
            LeafSource source = source(cells);
            if (file.isEmpty() || source == null) {
                continue;
            }
            if (!mapped.add(file + "|" + source.leafCode())) {
                cells.problem(1, "tiêu chí " + source.leafCode() + " của " + file + " đã có nguồn ở dòng trên");
            }
            sameIndicator(indicators, source, cells);
            if (catalogues != null) {
                againstCatalogue(catalogues, file, source, cells);
            }
            byFile.computeIfAbsent(file, f -> new ArrayList<>()).add(source);
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("Bảng nguồn số liệu có " + problems.size() + " lỗi.", problems);
        }
        return byFile;
    }

    private static LeafSource source(Cells cells) {
        String leaf = cells.text(1);
        if (!leaf.isEmpty() && !Leaf.CODE.matcher(leaf).matches()) {
            cells.problem(1, "mã tiêu chí thành phần chỉ gồm chữ không dấu, số, dấu chấm, gạch (tối đa 16 ký tự)");
        }
        String indicator = cells.text(2);
        if (!indicator.isEmpty() && !INDICATOR.matcher(indicator).matches()) {
            cells.problem(2, "mã chỉ tiêu chỉ gồm chữ in hoa không dấu, số và '_', tối đa 32 ký tự");
        }
        String name = cells.text(3);
        String numerator = cells.text(4);
        String denominator = cells.text(5);
        Integer from = cells.month(6);
        Integer to = cells.month(7);
        return cells.valid() ? new LeafSource(leaf, indicator, name, numerator, denominator, from, to) : null;
    }

    /** An indicator means one thing wherever it is used: its name, numerator and denominator are the same on each row. */
    private static void sameIndicator(Map<String, LeafSource> indicators, LeafSource source, Cells cells) {
        LeafSource first = indicators.putIfAbsent(source.indicator(), source);
        if (first != null && !(first.indicatorName().equals(source.indicatorName())
                && first.numeratorLabel().equals(source.numeratorLabel())
                && first.denominatorLabel().equals(source.denominatorLabel()))) {
            cells.problem(2, "chỉ tiêu " + source.indicator() + " đã được ghi với tên, tử số hoặc mẫu số khác ở dòng trên");
        }
    }

    private static void againstCatalogue(Map<String, List<Leaf>> catalogues, String file, LeafSource source, Cells cells) {
        List<Leaf> leaves = catalogues.get(file);
        if (leaves == null) {
            cells.problem(0, "\"" + file + "\" không phải tệp bộ tiêu chí nào trong catalogue/catalogues.properties");
            return;
        }
        Leaf leaf = leaves.stream().filter(l -> l.code().equals(source.leafCode())).findFirst().orElse(null);
        if (leaf == null) {
            cells.problem(1, "không có tiêu chí thành phần " + source.leafCode() + " trong " + file);
        } else if (!leaf.method().rate()) {
            cells.problem(1, "tiêu chí " + source.leafCode() + " chấm theo " + leaf.method().name()
                    + "; chỉ tiêu chí chấm theo tỷ lệ mới lấy được tử số, mẫu số từ nguồn số liệu");
        }
    }

    /** One row's cells, each problem named by its line and column. */
    private record Cells(List<String> row, String where, List<String> problems, int[] before) {

        Cells(List<String> row, String where, List<String> problems) {
            this(row, where, problems, new int[] {problems.size()});
        }

        String raw(int column) {
            return column < row.size() ? row.get(column).trim() : "";
        }

        String text(int column) {
            String text = raw(column);
            if (text.isEmpty()) {
                problem(column, "không được để trống");
            } else if (text.length() > LABEL_CHARS || !Text.isCleanLine(text)) {
                problem(column, "tối đa " + LABEL_CHARS + " ký tự, " + Text.ONE_LINE);
            }
            return text;
        }

        Integer month(int column) {
            String text = raw(column);
            if (!text.matches("\\d{1,2}") || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 12) {
                problem(column, "\"" + text + "\" không phải tháng từ 1 đến 12");
                return null;
            }
            return Integer.parseInt(text);
        }

        void problem(int column, String what) {
            problems.add(where + ", cột " + HEADERS.get(column) + ": " + what + ".");
        }

        boolean valid() {
            return problems.size() == before[0];
        }
    }
}
