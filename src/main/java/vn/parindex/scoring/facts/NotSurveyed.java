package vn.parindex.scoring.facts;

/** The survey office did not survey the unit on this survey-scored leaf: the leaf leaves the denominator. */
public final class NotSurveyed {
    private final String leafCode;

    public NotSurveyed(String leafCode) {
        this.leafCode = leafCode;
    }

    public String getLeafCode() { return leafCode; }
}
