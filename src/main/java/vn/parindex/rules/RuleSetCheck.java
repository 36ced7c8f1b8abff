package vn.parindex.rules;

/**
 * Validates a whole candidate rule set before it is stored or adopted (its DRL compiles, its tables parse), throwing a
 * {@link vn.parindex.web.ValidationException} that lists every problem in Vietnamese, or IllegalStateException.
 */
public interface RuleSetCheck {

    void check(RuleFiles candidate);
}
