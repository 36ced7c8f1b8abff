package vn.parindex.org;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.parindex.rules.RuleFiles;

/**
 * The unit types a province assesses, as data: each key {@code CODE.name} of rules/catalogue/catalogues.properties
 * names a type (its Vietnamese name), and {@code CODE} its catalogue file. A new type (e.g. of a new regulation)
 * is two lines there, no code. A code no longer defined (a year assessed under an older regulation) still reads,
 * its name being its code.
 */
@Component
public class UnitTypes {

    public static final String INDEX = "catalogue/catalogues.properties";
    private static final String NAME = ".name";
    private final RuleFiles rules;
    private volatile Definitions last = new Definitions("", List.of(), Map.of());

    public UnitTypes(RuleFiles rules) {
        this.rules = rules;
    }

    /** The defined types, in code order. */
    public List<UnitType> all() {
        return definitions().types();
    }

    /** The type of that code, named as defined (or by its code when it is no longer defined). */
    public UnitType of(String code) {
        return resolver().apply(code);
    }

    /** Resolves many codes against one reading of the definitions (for the rows of one query). */
    public Function<String, UnitType> resolver() {
        Map<String, UnitType> defined = definitions().byCode();
        return code -> defined.getOrDefault(code, new UnitType(code, code));
    }

    private record Definitions(String text, List<UnitType> types, Map<String, UnitType> byCode) {
    }

    /**
     * The types as the index defines them now. Every assessment read resolves its type, so the file is parsed again
     * only when its text changed (an administrator may edit it at any time).
     */
    private Definitions definitions() {
        String text = indexText();
        Definitions d = last;
        if (!d.text().equals(text)) {
            Properties index = parse(text);
            List<UnitType> types = index.stringPropertyNames().stream().filter(k -> k.endsWith(NAME)).sorted()
                    .map(k -> k.substring(0, k.length() - NAME.length()))
                    .filter(code -> UnitType.CODE.matcher(code).matches())
                    .map(code -> new UnitType(code, index.getProperty(code + NAME).trim())).toList();
            d = new Definitions(text, types, types.stream().collect(Collectors.toUnmodifiableMap(UnitType::code, t -> t)));
            last = d;
        }
        return d;
    }

    /** One of the types by its code or its Vietnamese name, ignoring case. */
    static Optional<UnitType> find(List<UnitType> types, String text) {
        String t = text == null ? "" : text.trim();
        return types.stream().filter(u -> u.code().equalsIgnoreCase(t) || u.label().equalsIgnoreCase(t)).findFirst();
    }

    /** The rules' index of catalogues and types. */
    public Properties index() {
        return parse(indexText());
    }

    private String indexText() {
        return rules.file(INDEX).orElseThrow(() -> new IllegalStateException("Missing rules/" + INDEX));
    }

    private static Properties parse(String text) {
        Properties index = new Properties();
        try {
            index.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return index;
    }
}
