package vn.parindex.scoring.facts;

import java.math.BigDecimal;

/**
 * Input of the ranking rules: one unit's index and band in its block, its appraised points for tie-breaks, and
 * its tier, which the rules set to the band's order when the year's scheme ranks within bands first.
 */
public final class RankCandidate {
    private final String unitCode;
    private final String block;
    private final BigDecimal index;
    private final BigDecimal appraised;
    private final String band;
    private int tier;

    public RankCandidate(String unitCode, String block, BigDecimal index, BigDecimal appraised, String band) {
        this.unitCode = unitCode;
        this.block = block;
        this.index = index;
        this.appraised = appraised;
        this.band = band;
    }

    public String getUnitCode() { return unitCode; }
    public String getBlock() { return block; }
    public BigDecimal getIndex() { return index; }
    public BigDecimal getAppraised() { return appraised; }
    public String getBand() { return band; }
    public int getTier() { return tier; }
    public void setTier(int tier) { this.tier = tier; }
}
