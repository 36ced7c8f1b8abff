package vn.parindex.criteria;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.springframework.stereotype.Component;
import vn.parindex.org.UnitType;
import vn.parindex.rules.RulesFolder;
import vn.parindex.spreadsheet.SheetReader;

/**
 * The criteria catalogue in rules/catalogue/: {@code catalogues.properties} names the file of each unit type;
 * each file lists the leaves, separated by semicolons, under a Vietnamese header row.
 */
@Component
public class Catalogue {

    private static final String INDEX = "catalogue/catalogues.properties";
    private final RulesFolder rules;

    Catalogue(RulesFolder rules) {
        this.rules = rules;
    }

    /** The catalogue version (its index's {@code version} key) and the leaves per unit type. */
    public Snapshot current() {
        Map<String, String> files = new HashMap<>(rules.read(".csv"));
        files.putAll(rules.read(".properties"));
        Properties index = new Properties();
        try {
            index.load(new StringReader(required(files, INDEX)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<UnitType, List<Leaf>> leaves = new EnumMap<>(UnitType.class);
        for (UnitType type : UnitType.values()) {
            String file = index.getProperty(type.name());
            if (file != null) {
                leaves.put(type, parse(required(files, "catalogue/" + file), file));
            }
        }
        return new Snapshot(index.getProperty("version", "unversioned"), leaves);
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

    private static List<Leaf> parse(String csv, String file) {
        List<List<String>> rows;
        try {
            rows = SheetReader.semicolonSeparated(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Leaf> leaves = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.isEmpty() || r.get(0).startsWith("#")) {
                continue;
            }
            try {
                leaves.add(new Leaf(r.get(2), r.get(0), r.get(1), r.get(3), new BigDecimal(r.get(4)),
                        ScoringMethod.valueOf(r.get(5)), r.get(6).isEmpty() ? null : new BigDecimal(r.get(6)),
                        "x".equalsIgnoreCase(r.get(7))));
            } catch (RuntimeException e) {
                throw new IllegalStateException("rules/catalogue/" + file + " line " + (i + 1) + " is invalid: " + r, e);
            }
        }
        return leaves;
    }
}
