package vn.parindex.scoring.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Output: points achieved and applicable of one criterion (its sub-criteria together). */
public final class CriterionTotal {
    private final String criterionCode;
    private final BigDecimal achieved;
    private final BigDecimal applicable;

    public CriterionTotal(String criterionCode, BigDecimal achieved, BigDecimal applicable) {
        this.criterionCode = criterionCode;
        this.achieved = achieved;
        this.applicable = applicable;
    }

    public String getCriterionCode() { return criterionCode; }
    public BigDecimal getAchieved() { return achieved; }
    public BigDecimal getApplicable() { return applicable; }

    /** Achieved in percent of the applicable points; null when nothing of the criterion applies. */
    public BigDecimal getPercent() {
        return applicable.signum() == 0 ? null
                : achieved.multiply(BigDecimal.valueOf(100)).divide(applicable, 2, RoundingMode.HALF_UP);
    }
}
