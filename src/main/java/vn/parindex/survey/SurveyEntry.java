package vn.parindex.survey;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One survey result of a unit on a survey-scored leaf: either its rate (percent, 0–100) or the answer count per
 * option ({@link AnswerOptions}), from which the import computes the rate.
 */
public record SurveyEntry(String unitCode, String leafCode, BigDecimal rate, Map<String, Integer> answerCounts) {

    public SurveyEntry(String unitCode, String leafCode, BigDecimal rate) {
        this(unitCode, leafCode, rate, null);
    }

    SurveyEntry withRate(BigDecimal computed) {
        return new SurveyEntry(unitCode, leafCode, computed, answerCounts);
    }
}
