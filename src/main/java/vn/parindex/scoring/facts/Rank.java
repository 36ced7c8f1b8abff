package vn.parindex.scoring.facts;

/** Output of the ranking rules: a unit's rank within its block (equal indices share a rank). */
public final class Rank {
    private final String unitCode;
    private final int rank;

    public Rank(String unitCode, int rank) {
        this.unitCode = unitCode;
        this.rank = rank;
    }

    public String getUnitCode() { return unitCode; }
    public int getRank() { return rank; }
}
