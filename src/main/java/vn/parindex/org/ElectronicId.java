package vn.parindex.org;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A unit's official electronic identifier (mã định danh điện tử, the agency code of Decision 20/2020/QĐ-TTg, such as
 * {@code 000.00.21.H23} or {@code H23.39.12}): the key the National Public Service Portal's figures use. Kept in upper
 * case, so that a code typed in lower case names the same unit.
 */
public final class ElectronicId {

    public static final String COLUMN = "Mã định danh điện tử";
    static final int MAX_CHARS = 40;
    static final String SHAPE_TEXT = "chữ cái không dấu và chữ số, các nhóm cách nhau bởi dấu chấm (ví dụ 000.00.21.H23), "
            + "tối đa " + MAX_CHARS + " ký tự";
    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9]+(\\.[A-Z0-9]+)*");

    private ElectronicId() {
    }

    /** The cell as stored and looked up: trimmed, in upper case; blank stays blank. */
    public static String normalized(String cell) {
        return cell.trim().toUpperCase(Locale.ROOT);
    }

    /** Whether a normalized, non-blank value has the identifier's shape. */
    static boolean wellFormed(String id) {
        return id.length() <= MAX_CHARS && SHAPE.matcher(id).matches();
    }
}
