package vn.parindex.criteria;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import vn.parindex.org.UnitType;
import vn.parindex.rules.RulesFolder;
import vn.parindex.spreadsheet.SheetReader;
import vn.parindex.web.ValidationException;

/**
 * The criteria catalogue in rules/catalogue/: {@code catalogues.properties} names the file of each unit type;
 * each file lists the leaves, separated by semicolons, under a Vietnamese header row: area code and title, leaf
 * code and title, maximum, method, parameters 1-3, evidence required (x). Maxima other than bonus and penalty
 * leaves add up to 100.
 */
@Component
public class Catalogue {

    private static final String INDEX = "catalogue/catalogues.properties";
    private static final BigDecimal SCALE = BigDecimal.valueOf(100);
    private final RulesFolder rules;

    Catalogue(RulesFolder rules) {
        this.rules = rules;
    }

    /** The catalogue version (its index's {@code version} key) and the leaves per unit type. */
    public Snapshot current() {
        Map<String, String> files = files();
        Properties index = index(files);
        Map<UnitType, List<Leaf>> leaves = new EnumMap<>(UnitType.class);
        for (UnitType type : UnitType.values()) {
            String file = index.getProperty(type.name());
            if (file != null) {
                leaves.put(type, parse(rows(required(files, "catalogue/" + file)), "rules/catalogue/" + file));
            }
        }
        return new Snapshot(index.getProperty("version", "unversioned"), leaves);
    }

    /** The catalogue files named in the index, by file name, as text. */
    public Map<String, String> catalogueFiles() {
        Map<String, String> files = files();
        Properties index = index(files);
        Map<String, String> named = new TreeMap<>();
        index.stringPropertyNames().stream().filter(k -> !k.equals("version")).map(index::getProperty)
                .forEach(f -> named.put(f, required(files, "catalogue/" + f)));
        return named;
    }

    private Map<String, String> files() {
        Map<String, String> files = new HashMap<>(rules.read(".csv"));
        files.putAll(rules.read(".properties"));
        return files;
    }

    private static Properties index(Map<String, String> files) {
        Properties index = new Properties();
        try {
            index.load(new StringReader(required(files, INDEX)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return index;
    }

    static List<List<String>> rows(String csv) {
        try {
            return SheetReader.semicolonSeparated(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Snapshot(String version, Map<UnitType, List<Leaf>> leaves) {
    }

    private static String required(Map<String, String> files, String path) {
        String content = files.get(path);
        if (content == null) {
            throw new IllegalStateException("Missing rules/" + path);
        }
        return content;
    }

    /**
     * Parses the rows of one catalogue file or sheet (header first); every problem is listed by line and column
     * after the location label, and any problem rejects it.
     */
    static List<Leaf> parse(List<List<String>> rows, String location) {
        List<String> problems = new ArrayList<>();
        List<Leaf> leaves = new ArrayList<>();
        Set<String> codes = new HashSet<>();
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
            }
        }
        BigDecimal total = leaves.stream().filter(l -> !l.method().extra()).map(Leaf::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (problems.isEmpty() && total.compareTo(SCALE) != 0) {
            problems.add(location + ": tổng điểm tối đa (không kể điểm thưởng, điểm trừ) là "
                    + total.stripTrailingZeros().toPlainString() + ", phải bằng 100.");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("Bộ tiêu chí có " + problems.size() + " lỗi.", problems);
        }
        return leaves;
    }

    private static Leaf leaf(List<String> r, String at, List<String> problems) {
        int before = problems.size();
        String code = cell(r, 2);
        if (code.isEmpty() || cell(r, 0).isEmpty() || cell(r, 3).isEmpty()) {
            problems.add(at + "thiếu mã lĩnh vực, mã hoặc tên tiêu chí.");
        }
        BigDecimal max = number(r, 4, at + "cột Điểm tối đa", problems);
        if (max != null && max.signum() <= 0) {
            problems.add(at + "cột Điểm tối đa: phải lớn hơn 0.");
        }
        ScoringMethod method = Arrays.stream(ScoringMethod.values()).filter(m -> m.name().equals(cell(r, 5))).findFirst()
                .orElse(null);
        if (method == null) {
            problems.add(at + "cột Phương pháp chấm: \"" + cell(r, 5) + "\" không có; dùng một trong "
                    + Arrays.toString(ScoringMethod.values()) + ".");
        }
        BigDecimal p1 = number(r, 6, at + "cột Tham số 1", problems);
        BigDecimal p2 = number(r, 7, at + "cột Tham số 2", problems);
        BigDecimal p3 = number(r, 8, at + "cột Tham số 3", problems);
        boolean evidence = "x".equalsIgnoreCase(cell(r, 9));
        if (method != null) {
            method.parameterProblems(p1, p2, p3).forEach(p -> problems.add(at + p));
            if (evidence && !method.enteredByUnit()) {
                problems.add(at + "tiêu chí điều tra xã hội học không yêu cầu tài liệu kiểm chứng.");
            }
        }
        return problems.size() > before ? null
                : new Leaf(code, cell(r, 0), cell(r, 1), cell(r, 3), max, method, p1, p2, p3, evidence);
    }

    private static String cell(List<String> row, int column) {
        return column < row.size() ? row.get(column) : "";
    }

    private static BigDecimal number(List<String> row, int column, String where, List<String> problems) {
        String text = cell(row, column);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            problems.add(where + ": \"" + text + "\" không phải là số.");
            return null;
        }
    }
}
