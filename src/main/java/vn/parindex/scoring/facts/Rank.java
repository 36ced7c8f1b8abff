package vn.parindex.scoring.facts;

/** Output of the ranking rules: a unit's rank within its block and, in Vietnamese, what decided it. */
public final class Rank {
    private final String unitCode;
    private final int rank;
    private final String decidedBy;

    public Rank(String unitCode, int rank, String decidedBy) {
        this.unitCode = unitCode;
        this.rank = rank;
        this.decidedBy = decidedBy;
    }

    public String getUnitCode() { return unitCode; }
    public int getRank() { return rank; }
    public String getDecidedBy() { return decidedBy; }
}
