package vn.parindex.scoring.facts;

/**
 * Output of the gateway rules: a named finding about a leaf or a case, with a Vietnamese message.
 * Kinds: INCOMPLETE (completeness), EXPLANATION (explanation needed), INELIGIBLE (complaint),
 * NOT_READY (approval readiness).
 */
public final class Finding {
    public static final String INCOMPLETE = "INCOMPLETE";
    public static final String EXPLANATION = "EXPLANATION";
    public static final String INELIGIBLE = "INELIGIBLE";
    public static final String NOT_READY = "NOT_READY";

    private final String kind;
    private final String leafCode;
    private final String message;

    public Finding(String kind, String leafCode, String message) {
        this.kind = kind;
        this.leafCode = leafCode;
        this.message = message;
    }

    public String getKind() { return kind; }
    public String getLeafCode() { return leafCode; }
    public String getMessage() { return message; }

    /** The Vietnamese text users see, e.g. "Tiêu chí 1.2: Chưa nhập kết quả tự đánh giá." */
    public String describe() {
        return leafCode == null ? message : "Tiêu chí " + leafCode + ": " + message;
    }

    @Override
    public String toString() {
        return kind + ": " + describe();
    }
}
