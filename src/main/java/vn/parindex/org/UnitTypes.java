package vn.parindex.org;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.parindex.rules.RulesFolder;

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
    private final RulesFolder rules;

    public UnitTypes(RulesFolder rules) {
        this.rules = rules;
    }

    /** The defined types, in code order. */
    public List<UnitType> all() {
        Properties index = index();
        List<UnitType> types = new ArrayList<>();
        index.stringPropertyNames().stream().filter(k -> k.endsWith(NAME)).sorted()
                .map(k -> k.substring(0, k.length() - NAME.length()))
                .filter(code -> UnitType.CODE.matcher(code).matches())
                .forEach(code -> types.add(new UnitType(code, index.getProperty(code + NAME).trim())));
        return types;
    }

    /** The type of that code, named as defined (or by its code when it is no longer defined). */
    public UnitType of(String code) {
        return resolver().apply(code);
    }

    /** Resolves many codes against one reading of the definitions (for the rows of one query). */
    public Function<String, UnitType> resolver() {
        Map<String, UnitType> defined = new HashMap<>();
        all().forEach(t -> defined.put(t.code(), t));
        return code -> defined.getOrDefault(code, new UnitType(code, code));
    }

    /** One of the types by its code or its Vietnamese name, ignoring case. */
    static Optional<UnitType> find(List<UnitType> types, String text) {
        String t = text == null ? "" : text.trim();
        return types.stream().filter(u -> u.code().equalsIgnoreCase(t) || u.label().equalsIgnoreCase(t)).findFirst();
    }

    /** The rules' index of catalogues and types. */
    public Properties index() {
        String text = rules.read(INDEX).get(INDEX);
        if (text == null) {
            throw new IllegalStateException("Missing rules/" + INDEX);
        }
        Properties index = new Properties();
        try {
            index.load(new StringReader(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return index;
    }
}
