package vn.parindex.scoring.facts;

/** Derived: an appraised leaf that requires evidence has none, and the team did not accept an explanation. */
public final class EvidenceMissing {
    private final String leafCode;

    public EvidenceMissing(String leafCode) {
        this.leafCode = leafCode;
    }

    public String getLeafCode() { return leafCode; }
}
