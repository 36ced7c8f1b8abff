package vn.parindex.criteria;

import java.math.BigDecimal;

/**
 * A scored sub-criterion (leaf) of the catalogue: its area and criterion, maximum, scoring method and the
 * method's parameters p1..p3 (see {@link ScoringMethod}). Survey-scored leaves are never self-scored.
 */
public record Leaf(String code, String areaCode, String areaTitle, String criterionCode, String criterionTitle,
                   String title, BigDecimal maxPoints, ScoringMethod method, BigDecimal p1, BigDecimal p2, BigDecimal p3,
                   boolean evidenceRequired) {

    public boolean survey() {
        return method == ScoringMethod.SURVEY;
    }
}
