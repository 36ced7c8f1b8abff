package vn.parindex.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * Leaves' stored points at a stage changed: computed again by the rules, or set directly (council, complaint) with a
 * reason; {@code before} is null for a leaf set for the first time.
 */
public record ScoresChanged(String actor, Stage stage, String reason, List<Change> changes) {

    public record Change(int year, String unitCode, String leafCode, BigDecimal before, BigDecimal after) {
    }
}
