package vn.parindex.survey;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One survey result of a unit on a survey-scored leaf: either its rate (percent, 0–100), or the answer count per
 * option ({@link AnswerOptions}) from which the import computes the rate, or notSurveyed: the survey did not cover
 * the unit on that leaf, which then leaves the unit's denominator.
 */
public record SurveyEntry(String unitCode, String leafCode, BigDecimal rate, Map<String, Integer> answerCounts,
                          boolean notSurveyed) {

    /** The marker the survey office types in a template's cell for a leaf it did not survey at the unit. */
    public static final String NOT_SURVEYED = "KĐT";

    public SurveyEntry(String unitCode, String leafCode, BigDecimal rate) {
        this(unitCode, leafCode, rate, null, false);
    }

    public static SurveyEntry notSurveyed(String unitCode, String leafCode) {
        return new SurveyEntry(unitCode, leafCode, null, null, true);
    }

    SurveyEntry withRate(BigDecimal computed) {
        return new SurveyEntry(unitCode, leafCode, computed, answerCounts, false);
    }

    /** As the audit shows it: the rate, or that the unit was not surveyed. */
    String outcome() {
        return notSurveyed ? "không điều tra" : rate.toPlainString();
    }
}
