package vn.parindex.assessment;

/** The self-assessment deadline passed before the unit submitted. */
public record AssessmentMarkedLate(String actor, int year, String unitCode) {
}
