package vn.parindex.review;

/** The unit did not explain in time; round 2 goes ahead with what is on file. */
public record ExplanationOverdue(int year, String unitCode) {
}
