package vn.parindex.criteria;

/** How a leaf turns the unit's input into points; each method is a rule in rules/scoring/methods.drl. */
public enum ScoringMethod {
    /** Input 1 (done) or 0 (not done). */
    YES_NO,
    /** Input a rate in percent; full points at the target, proportional below it. */
    RATE,
    /** Points = maximum × survey rate (percent); imported by the survey office. */
    SURVEY
}
