package vn.parindex.web;

import java.util.List;
import java.util.Map;

/**
 * Several problems found in one input (a spreadsheet, a batch of answers). Nothing was changed, unless the summary
 * says what was kept (a unit's draft keeps its valid answers).
 */
public class ValidationException extends RuntimeException {

    private final List<String> problems;
    private final Map<String, List<String>> byField;

    public ValidationException(String vietnameseSummary, List<String> problems) {
        this(vietnameseSummary, problems, Map.of());
    }

    /** byField: the same problems under the code of the field (a leaf) they concern, for a form to show beside it. */
    public ValidationException(String vietnameseSummary, List<String> problems, Map<String, List<String>> byField) {
        super(vietnameseSummary);
        this.problems = List.copyOf(problems);
        this.byField = Map.copyOf(byField);
    }

    public List<String> problems() {
        return problems;
    }

    public Map<String, List<String>> byField() {
        return byField;
    }

    public static ValidationException single(String vietnameseMessage) {
        return new ValidationException(vietnameseMessage, List.of(vietnameseMessage));
    }
}
