package vn.parindex.scoring.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Output: the points of one leaf, or not applicable (then it leaves the denominator). Effect NORMAL counts in
 * achieved and applicable points; BONUS adds and PENALTY deducts its points, outside the denominator.
 */
public final class LeafScore {
    private final String leafCode;
    private final String areaCode;
    private final BigDecimal points;
    private final BigDecimal max;
    private final boolean applicable;
    private final String rule;
    private final String effect;

    public LeafScore(String leafCode, String areaCode, BigDecimal points, BigDecimal max, boolean applicable, String rule) {
        this(leafCode, areaCode, points, max, applicable, rule, "NORMAL");
    }

    public LeafScore(String leafCode, String areaCode, BigDecimal points, BigDecimal max, boolean applicable, String rule,
                     String effect) {
        this.leafCode = leafCode;
        this.areaCode = areaCode;
        this.points = points;
        this.max = max;
        this.applicable = applicable;
        this.rule = rule;
        this.effect = effect;
    }

    public String getLeafCode() { return leafCode; }
    public String getAreaCode() { return areaCode; }
    public BigDecimal getPoints() { return points; }
    public BigDecimal getMax() { return max; }
    public boolean isApplicable() { return applicable; }
    public String getRule() { return rule; }
    public String getEffect() { return effect; }

    /** Points in percent of the maximum, for leaf floors of classification schemes. */
    public BigDecimal getPercent() {
        return max.signum() == 0 ? BigDecimal.valueOf(100)
                : points.multiply(BigDecimal.valueOf(100)).divide(max, 2, RoundingMode.HALF_UP);
    }
}
