package vn.parindex.review;

import java.util.List;
import vn.parindex.assessment.Stage;

/** An appraiser confirmed his areas of a unit's file in a round. */
public record AppraisalAreasConfirmed(String actor, int year, String unitCode, Stage stage, List<String> areas) {
}
