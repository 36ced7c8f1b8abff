package vn.parindex.scoring.facts;

import java.math.BigDecimal;

/**
 * Output: achieved and applicable points, the penalty, the index (percent, two decimals) and the appraised
 * points (achieved on leaves that are not survey-scored), which a tie-break may use.
 */
public final class UnitTotal {
    private final BigDecimal achieved;
    private final BigDecimal appraised;
    private final BigDecimal penalty;
    private final BigDecimal applicable;
    private final BigDecimal index;

    public UnitTotal(BigDecimal achieved, BigDecimal penalty, BigDecimal applicable, BigDecimal index) {
        this(achieved, penalty, applicable, index, achieved);
    }

    public UnitTotal(BigDecimal achieved, BigDecimal penalty, BigDecimal applicable, BigDecimal index, BigDecimal appraised) {
        this.achieved = achieved;
        this.appraised = appraised;
        this.penalty = penalty;
        this.applicable = applicable;
        this.index = index;
    }

    public BigDecimal getAchieved() { return achieved; }
    public BigDecimal getPenalty() { return penalty; }
    public BigDecimal getApplicable() { return applicable; }
    public BigDecimal getIndex() { return index; }
    public BigDecimal getAppraised() { return appraised; }

    /** Net points, the index's numerator: what points-based classification schemes compare. */
    public BigDecimal getPoints() { return net(achieved, penalty, applicable); }

    /** Achieved minus penalties, never below 0 nor above the applicable points. */
    public static BigDecimal net(BigDecimal achieved, BigDecimal penalty, BigDecimal applicable) {
        return achieved.subtract(penalty).max(BigDecimal.ZERO).min(applicable);
    }
}
