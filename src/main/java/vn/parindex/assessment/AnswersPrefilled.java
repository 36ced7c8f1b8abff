package vn.parindex.assessment;

import java.util.List;

/** An import wrote public-service figures into units' self-assessment entries (thousands of leaves at once). */
public record AnswersPrefilled(String actor, List<Filled> answers) {

    /** {@code before}: the entry replaced, as the forms show it; {@code figures}: e.g. "45/50". */
    public record Filled(int year, String unitCode, String leafCode, String before, String figures) {
    }
}
