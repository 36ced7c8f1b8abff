package vn.parindex.rules;

/** A draft nobody adopted was deleted. */
public record RuleSetDiscarded(String actor, long draftId, String note) {
}
