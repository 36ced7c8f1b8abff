package vn.parindex.ranking;

import java.math.BigDecimal;

/** A unit's stored result beside what the draft rule set would give it. */
public record WhatIfRow(String unitCode, String unitName, String rankingBlock, BigDecimal storedIndex,
                        String storedClassification, int storedRank, BigDecimal draftIndex,
                        String draftClassification, int draftRank) {

    public boolean changed() {
        return storedIndex.compareTo(draftIndex) != 0 || storedRank != draftRank
                || !storedClassification.equals(draftClassification);
    }
}
