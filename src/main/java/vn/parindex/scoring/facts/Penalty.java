package vn.parindex.scoring.facts;

import java.math.BigDecimal;

/** Output: points deducted from the unit's total, with the Vietnamese reason. */
public final class Penalty {
    private final BigDecimal points;
    private final String reason;

    public Penalty(BigDecimal points, String reason) {
        this.points = points;
        this.reason = reason;
    }

    public BigDecimal getPoints() { return points; }
    public String getReason() { return reason; }
}
