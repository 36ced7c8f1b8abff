package vn.parindex.scoring.facts;

import java.math.BigDecimal;

/**
 * One band of a classification scheme, read from the scheme table (rules/ranking/xep-loai.csv): the bands of a
 * scheme are tried in order and a unit takes the first whose minimum (index in percent, or net points) it reaches
 * and whose floor holds: no component of the floor's level (AREA component index, CRITERION or LEAF share of its
 * maximum, in percent) below it. The last band of every scheme has neither, so every unit gets one.
 */
public final class Band {

    public static final String INDEX = "INDEX";
    public static final String POINTS = "POINTS";
    public static final String AREA = "AREA";
    public static final String CRITERION = "CRITERION";
    public static final String LEAF = "LEAF";

    private final String scheme;
    private final String schemeTitle;
    private final String basis;
    private final boolean ranksWithinBands;
    private final int order;
    private final String label;
    private final BigDecimal minimum;
    private final String floorLevel;
    private final BigDecimal floor;

    public Band(String scheme, String schemeTitle, String basis, boolean ranksWithinBands, int order, String label,
                BigDecimal minimum, String floorLevel, BigDecimal floor) {
        this.scheme = scheme;
        this.schemeTitle = schemeTitle;
        this.basis = basis;
        this.ranksWithinBands = ranksWithinBands;
        this.order = order;
        this.label = label;
        this.minimum = minimum;
        this.floorLevel = floorLevel;
        this.floor = floor;
    }

    public String getScheme() { return scheme; }
    public String getSchemeTitle() { return schemeTitle; }
    public String getBasis() { return basis; }
    public boolean isRanksWithinBands() { return ranksWithinBands; }
    public int getOrder() { return order; }
    public String getLabel() { return label; }
    public BigDecimal getMinimum() { return minimum; }
    public String getFloorLevel() { return floorLevel; }
    public BigDecimal getFloor() { return floor; }

    /** The band's rule in Vietnamese, for legends: "Chỉ số từ 90 trở lên; không lĩnh vực nào dưới 80%". */
    public String getRule() {
        String measure = POINTS.equals(basis) ? "Tổng điểm" : "Chỉ số";
        String rule = minimum.signum() == 0 ? "Các trường hợp còn lại"
                : measure + " từ " + minimum.stripTrailingZeros().toPlainString() + " trở lên";
        if (floorLevel == null) {
            return rule;
        }
        String component = switch (floorLevel) {
            case AREA -> "chỉ số thành phần của lĩnh vực nào";
            case CRITERION -> "tiêu chí nào";
            default -> "tiêu chí thành phần nào";
        };
        return rule + "; không có " + component + " dưới " + floor.stripTrailingZeros().toPlainString() + "% điểm tối đa";
    }
}
