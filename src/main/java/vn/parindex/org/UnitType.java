package vn.parindex.org;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of assessed unit (department, commune, ward, special zone…), defined as data in rules/ ({@link UnitTypes});
 * each is scored with the catalogue of its type. Two types are the same type when their codes are equal.
 */
public final class UnitType {

    /** Fits the unit_type columns. */
    public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,15}");

    private final String code;
    private final String label;

    public UnitType(String code, String label) {
        this.code = Objects.requireNonNull(code);
        this.label = label == null || label.isBlank() ? code : label;
    }

    /** In JSON a type is its code, as it was when types were an enum. */
    @JsonValue
    public String code() {
        return code;
    }

    /** The Vietnamese name, e.g. "Sở, ban, ngành". */
    public String label() {
        return label;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnitType t && t.code.equals(code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
