package vn.parindex.survey;

import java.util.List;

/**
 * The survey office imported a year's survey results ({@code rowsBefore}: none for a first import); {@code changes}:
 * each outcome (a rate, or "không điều tra") a re-import changed, added or dropped, or on a first import each unit
 * marked as not surveyed (each takes points out of a denominator).
 */
public record SurveyImported(String actor, int year, int rowsBefore, int rowsAfter, boolean firstImport,
                             List<Change> changes) {

    public record Change(String unitCode, String leafCode, String before, String after) {
    }
}
