package vn.parindex.org;

import java.util.Arrays;
import java.util.Optional;

/** Kinds of assessed units; each is scored with the catalogue of its type. */
public enum UnitType {
    DEPARTMENT("Sở, ban, ngành"),
    DISTRICT("UBND cấp huyện"),
    COMMUNE("UBND cấp xã"),
    WARD("Phường"),
    SPECIAL_ZONE("Đặc khu");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Accepts the code ({@code DEPARTMENT}) or the Vietnamese label, ignoring case. */
    public static Optional<UnitType> parse(String text) {
        String t = text == null ? "" : text.trim();
        return Arrays.stream(values())
                .filter(u -> u.name().equalsIgnoreCase(t) || u.label.equalsIgnoreCase(t))
                .findFirst();
    }
}
