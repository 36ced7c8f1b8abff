package vn.parindex.rules;

import java.time.LocalDateTime;

/** What the standing body sees of a version: its state, what it changed, who drafted and who adopted it. */
public record RuleSetVersion(long id, State state, String source, String note, String hash, Long baseId,
                             String createdBy, LocalDateTime createdAt, String adoptedBy, LocalDateTime adoptedAt) {

    /** DRAFT until adopted; ADOPTED while it is the rule set in force; RETIRED once another was adopted after it. */
    public enum State { DRAFT, ADOPTED, RETIRED }
}
