package vn.parindex.scoring.facts;

import java.math.BigDecimal;

/**
 * What was entered for a leaf at the stage being scored (the latest of self, appraisal, explanation),
 * with the evidence count and whether an appraiser asked for an explanation.
 */
public final class LeafInput {
    private final String leafCode;
    private final BigDecimal value;
    private final boolean notApplicable;
    private final boolean hasNote;
    private final int evidenceCount;
    private final boolean explanationRequested;
    private final boolean explanationAccepted;

    public LeafInput(String leafCode, BigDecimal value, boolean notApplicable, boolean hasNote, int evidenceCount,
                     boolean explanationRequested) {
        this(leafCode, value, notApplicable, hasNote, evidenceCount, explanationRequested, false);
    }

    public LeafInput(String leafCode, BigDecimal value, boolean notApplicable, boolean hasNote, int evidenceCount,
                     boolean explanationRequested, boolean explanationAccepted) {
        this.explanationAccepted = explanationAccepted;
        this.leafCode = leafCode;
        this.value = value;
        this.notApplicable = notApplicable;
        this.hasNote = hasNote;
        this.evidenceCount = evidenceCount;
        this.explanationRequested = explanationRequested;
    }

    public String getLeafCode() { return leafCode; }
    public BigDecimal getValue() { return value; }
    public boolean isNotApplicable() { return notApplicable; }
    public boolean isHasNote() { return hasNote; }
    public int getEvidenceCount() { return evidenceCount; }
    public boolean isExplanationRequested() { return explanationRequested; }
    public boolean isExplanationAccepted() { return explanationAccepted; }
}
