package vn.parindex.ranking;

import java.math.BigDecimal;

/** A unit's result at the preliminary or final stage: totals, index, class and rank in its block. */
public record UnitResult(int year, String unitCode, String unitName, String stage, String rankingBlock,
                         BigDecimal achieved, BigDecimal penalty, BigDecimal applicable, BigDecimal index,
                         BigDecimal appraised, String classification, int rank, String rankRule, String ruleHash) {

    /** The rank rule of a unit assessed but not ranked this year (its rank is 0). */
    public static final String NOT_RANKED = "Không xếp hạng năm này";
}
