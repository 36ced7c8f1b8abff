package vn.parindex.scoring.facts;

import java.math.BigDecimal;

/** Output: an area's sub-index (percent, two decimals); null when nothing of the area applies. */
public final class AreaIndex {
    private final String areaCode;
    private final BigDecimal achieved;
    private final BigDecimal applicable;
    private final BigDecimal index;

    public AreaIndex(String areaCode, BigDecimal achieved, BigDecimal applicable, BigDecimal index) {
        this.areaCode = areaCode;
        this.achieved = achieved;
        this.applicable = applicable;
        this.index = index;
    }

    public String getAreaCode() { return areaCode; }
    public BigDecimal getAchieved() { return achieved; }
    public BigDecimal getApplicable() { return applicable; }
    public BigDecimal getIndex() { return index; }
}
