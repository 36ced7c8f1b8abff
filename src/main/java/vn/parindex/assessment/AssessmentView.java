package vn.parindex.assessment;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import vn.parindex.criteria.ScoringMethod;
import vn.parindex.evidence.EvidenceFile;
import vn.parindex.scoring.facts.Finding;

/** A unit's file as the forms show it: every leaf with its entries, points and evidence per stage. */
public record AssessmentView(int year, String unitCode, String unitName, String unitType, String status,
                             String statusLabel, boolean late, LocalDateTime selfAssessmentDue,
                             LocalDateTime submittedAt, List<LeafView> leaves, Map<String, BigDecimal> totals,
                             List<Subtotal> subtotals,
                             List<Finding> findings, List<UnitNotices.Notice> notifications) {

    /** Points achieved and applicable of an area or a criterion, and the area's sub-index. */
    public record Subtotal(String level, String code, BigDecimal achieved, BigDecimal applicable, BigDecimal index) {
    }

    /**
     * {@code points}: stored per stage; {@code runningPoints}: what the rules give the current entries now;
     * {@code choices}, {@code rate}, {@code entered}: the input the method takes, so that a form draws it as the
     * validator reads it (choices offered, a rate also as a fraction, nothing for a survey leaf); {@code prefill}: the
     * figures a public-service source offered and what the unit did with them, null for a leaf not pre-filled.
     */
    public record LeafView(String code, String areaCode, String areaTitle, String criterionCode, String criterionTitle,
                           String title, BigDecimal maxPoints,
                           String method, String inputHint, List<ScoringMethod.Choice> choices, boolean rate,
                           boolean entered, boolean evidenceRequired,
                           Map<String, Answer> answers, Map<String, BigDecimal> points,
                           BigDecimal runningPoints, List<EvidenceFile> evidence, PrefillView prefill) {
    }
}
