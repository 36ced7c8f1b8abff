package vn.parindex.criteria;

import java.math.BigDecimal;

/**
 * A scored sub-criterion (leaf) of the catalogue: its area, maximum, scoring method and parameter.
 * Survey-scored leaves are never self-scored.
 */
public record Leaf(String code, String areaCode, String areaTitle, String title, BigDecimal maxPoints,
                   ScoringMethod method, BigDecimal target, boolean evidenceRequired) {

    public boolean survey() {
        return method == ScoringMethod.SURVEY;
    }
}
