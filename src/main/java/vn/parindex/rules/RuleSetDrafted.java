package vn.parindex.rules;

/** A rule set version was drafted from the one in force ({@code baseId}: null when none was). */
public record RuleSetDrafted(String actor, Long baseId, long draftId, String note) {
}
