package vn.parindex.survey;

import java.math.BigDecimal;

/** One survey result: a unit's rate (percent, 0–100) on a survey-scored leaf. */
public record SurveyEntry(String unitCode, String leafCode, BigDecimal rate) {
}
