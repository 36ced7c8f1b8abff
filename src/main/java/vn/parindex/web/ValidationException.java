package vn.parindex.web;

import java.util.List;

/** Several problems found in one input (a spreadsheet, a batch of answers); nothing was changed. */
public class ValidationException extends RuntimeException {

    private final List<String> problems;

    public ValidationException(String vietnameseSummary, List<String> problems) {
        super(vietnameseSummary);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    public static ValidationException single(String vietnameseMessage) {
        return new ValidationException(vietnameseMessage, List.of(vietnameseMessage));
    }
}
