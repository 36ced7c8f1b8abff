package vn.parindex.scoring.facts;

import java.math.BigDecimal;

/** Facts about the unit's file: late submission (penalised) and whether the stage scored is an appraisal. */
public final class UnitContext {
    private final String unitCode;
    private final boolean late;
    private final BigDecimal latePenalty;
    private final boolean appraised;

    public UnitContext(String unitCode, boolean late, BigDecimal latePenalty, boolean appraised) {
        this.unitCode = unitCode;
        this.late = late;
        this.latePenalty = latePenalty;
        this.appraised = appraised;
    }

    public String getUnitCode() { return unitCode; }
    public boolean isLate() { return late; }
    public BigDecimal getLatePenalty() { return latePenalty; }
    public boolean isAppraised() { return appraised; }
}
