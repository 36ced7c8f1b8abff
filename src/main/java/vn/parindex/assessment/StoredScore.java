package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A leaf's stored points at one stage, with the rules and the person or reason that produced them. */
public record StoredScore(String leafCode, Stage stage, BigDecimal points, boolean applicable, String ruleHash,
                          String actor, String reason, LocalDateTime createdAt) {
}
