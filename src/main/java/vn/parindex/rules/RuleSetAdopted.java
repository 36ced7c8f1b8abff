package vn.parindex.rules;

/**
 * A rule set version was put in force in place of {@code replacedId} (null for the first); {@code note}: the draft's,
 * or where the rules/ folder was read.
 */
public record RuleSetAdopted(String actor, Long replacedId, long adoptedId, String note) {
}
