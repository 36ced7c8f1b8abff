package vn.parindex.assessment;

import java.util.List;

/** A submitted self-assessment was incomplete and went back to the unit; {@code missing}: each gap, described. */
public record SelfAssessmentReturned(int year, String unitCode, List<String> missing) {
}
