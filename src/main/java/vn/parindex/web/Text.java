package vn.parindex.web;

/**
 * What free text a user sends may hold. Control characters break the database (PostgreSQL refuses NUL) and the
 * documents the text ends up in; invisible formatting characters (right-to-left overrides, zero-width spaces) make a
 * name or a reason read otherwise than it is written. Letters of any script, combining marks (Vietnamese diacritics,
 * also decomposed) and punctuation such as the en dash are text like any other.
 */
public final class Text {

    /** A name: of a unit, an account, a file. */
    public static final int NAME_CHARS = 255;
    /** A note, reason, explanation or complaint: what the database's columns hold. */
    public static final int LONG_CHARS = 2000;
    /** The rule as a user reads it. */
    public static final String RULE = "không được chứa ký tự điều khiển hay ký tự định dạng ẩn (ký tự đổi chiều văn bản, "
            + "khoảng trắng không độ rộng)";
    /** The rule for a name, which a cell may otherwise break into lines. */
    public static final String ONE_LINE = "phải viết trên một dòng (không xuống dòng, không ký tự tab)";

    private Text() {
    }

    /** No control character but line breaks and tabs, no invisible formatting character. */
    public static boolean isClean(String text) {
        return text.codePoints().allMatch(c -> c == '\n' || c == '\r' || c == '\t' || visible(c));
    }

    /** The same on one line: no line break or tab either. */
    public static boolean isCleanLine(String text) {
        return text.codePoints().allMatch(Text::visible);
    }

    private static boolean visible(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> false;
            default -> true;
        };
    }
}
