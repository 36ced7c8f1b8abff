package vn.parindex.scoring.facts;

import java.math.BigDecimal;

/** Facts about the unit's submission that rules penalise. */
public final class UnitContext {
    private final String unitCode;
    private final boolean late;
    private final BigDecimal latePenalty;

    public UnitContext(String unitCode, boolean late, BigDecimal latePenalty) {
        this.unitCode = unitCode;
        this.late = late;
        this.latePenalty = latePenalty;
    }

    public String getUnitCode() { return unitCode; }
    public boolean isLate() { return late; }
    public BigDecimal getLatePenalty() { return latePenalty; }
}
