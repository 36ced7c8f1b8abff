package vn.parindex.assessment;

import java.util.List;

/** A user saved entries of a unit's file at a stage; {@code before}: the entry it replaced, as the forms show it. */
public record AnswersSaved(String actor, int year, String unitCode, Stage stage, List<Saved> answers) {

    public record Saved(String leafCode, String before, String after, String note) {
    }
}
