package vn.parindex.scoring.facts;

import java.math.BigDecimal;

/** Input of the ranking rules: one unit's index in its block, and its appraised points for tie-breaks. */
public final class RankCandidate {
    private final String unitCode;
    private final String block;
    private final BigDecimal index;
    private final BigDecimal appraised;

    public RankCandidate(String unitCode, String block, BigDecimal index, BigDecimal appraised) {
        this.unitCode = unitCode;
        this.block = block;
        this.index = index;
        this.appraised = appraised;
    }

    public String getUnitCode() { return unitCode; }
    public String getBlock() { return block; }
    public BigDecimal getIndex() { return index; }
    public BigDecimal getAppraised() { return appraised; }
}
