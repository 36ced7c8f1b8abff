package vn.parindex.scoring.facts;

import java.math.BigDecimal;

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
}
