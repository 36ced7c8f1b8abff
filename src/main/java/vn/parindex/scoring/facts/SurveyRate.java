package vn.parindex.scoring.facts;

import java.math.BigDecimal;

/** Imported survey result of a survey-scored leaf, in percent. */
public final class SurveyRate {
    private final String leafCode;
    private final BigDecimal rate;

    public SurveyRate(String leafCode, BigDecimal rate) {
        this.leafCode = leafCode;
        this.rate = rate;
    }

    public String getLeafCode() { return leafCode; }
    public BigDecimal getRate() { return rate; }
}
