package vn.parindex.scoring.facts;

import java.math.BigDecimal;

/** Points set directly by the council or by an accepted complaint; replaces the method's result. */
public final class PointsOverride {
    private final String leafCode;
    private final BigDecimal points;
    private final String source;

    public PointsOverride(String leafCode, BigDecimal points, String source) {
        this.leafCode = leafCode;
        this.points = points;
        this.source = source;
    }

    public String getLeafCode() { return leafCode; }
    public BigDecimal getPoints() { return points; }
    public String getSource() { return source; }
}
