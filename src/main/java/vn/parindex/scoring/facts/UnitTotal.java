package vn.parindex.scoring.facts;

import java.math.BigDecimal;

/**
 * Output: achieved and applicable points, the penalty, the net points (the index's numerator, which points-based
 * classification schemes compare), the index (percent, two decimals) and the appraised points (achieved on leaves
 * that are not survey-scored), which a tie-break may use. The rule set computes every figure (totals.drl).
 */
public final class UnitTotal {
    private final BigDecimal achieved;
    private final BigDecimal appraised;
    private final BigDecimal penalty;
    private final BigDecimal applicable;
    private final BigDecimal points;
    private final BigDecimal index;

    public UnitTotal(BigDecimal achieved, BigDecimal penalty, BigDecimal applicable, BigDecimal points,
                     BigDecimal index, BigDecimal appraised) {
        this.achieved = achieved;
        this.appraised = appraised;
        this.penalty = penalty;
        this.applicable = applicable;
        this.points = points;
        this.index = index;
    }

    /**
     * As rule sets archived before net points moved into totals.drl construct a total (years opened with them score
     * with them until published; {@code cycle.OpenYearsRules} refuses a start that would break them).
     */
    @Deprecated
    public UnitTotal(BigDecimal achieved, BigDecimal penalty, BigDecimal applicable, BigDecimal index, BigDecimal appraised) {
        this(achieved, penalty, applicable, net(achieved, penalty, applicable), index, appraised);
    }

    /** As the first archived rule sets, which had no appraised points, construct a total. */
    @Deprecated
    public UnitTotal(BigDecimal achieved, BigDecimal penalty, BigDecimal applicable, BigDecimal index) {
        this(achieved, penalty, applicable, index, achieved);
    }

    public BigDecimal getAchieved() { return achieved; }
    public BigDecimal getPenalty() { return penalty; }
    public BigDecimal getApplicable() { return applicable; }
    public BigDecimal getPoints() { return points; }
    public BigDecimal getIndex() { return index; }
    public BigDecimal getAppraised() { return appraised; }

    /** Net points as rule sets archived before totals.drl computed them call them. */
    @Deprecated
    public static BigDecimal net(BigDecimal achieved, BigDecimal penalty, BigDecimal applicable) {
        return achieved.subtract(penalty).max(BigDecimal.ZERO).min(applicable);
    }
}
