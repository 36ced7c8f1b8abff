package vn.parindex.scoring.facts;

import java.math.BigDecimal;

/** Input of the ranking rules: one unit's index in its block. */
public final class RankCandidate {
    private final String unitCode;
    private final String block;
    private final BigDecimal index;

    public RankCandidate(String unitCode, String block, BigDecimal index) {
        this.unitCode = unitCode;
        this.block = block;
        this.index = index;
    }

    public String getUnitCode() { return unitCode; }
    public String getBlock() { return block; }
    public BigDecimal getIndex() { return index; }
}
