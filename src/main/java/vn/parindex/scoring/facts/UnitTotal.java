package vn.parindex.scoring.facts;

import java.math.BigDecimal;

/** Output: achieved and applicable points, the penalty and the index (percent, two decimals). */
public final class UnitTotal {
    private final BigDecimal achieved;
    private final BigDecimal penalty;
    private final BigDecimal applicable;
    private final BigDecimal index;

    public UnitTotal(BigDecimal achieved, BigDecimal penalty, BigDecimal applicable, BigDecimal index) {
        this.achieved = achieved;
        this.penalty = penalty;
        this.applicable = applicable;
        this.index = index;
    }

    public BigDecimal getAchieved() { return achieved; }
    public BigDecimal getPenalty() { return penalty; }
    public BigDecimal getApplicable() { return applicable; }
    public BigDecimal getIndex() { return index; }
}
