package vn.parindex.rules;

import java.util.Map;
import java.util.Optional;

/** Text files of a rule set by their path relative to rules/, with forward slashes. */
public interface RuleFiles {

    /** One file, if the rule set has it. */
    Optional<String> file(String path);

    /** All files whose path ends with the suffix, e.g. {@code ".drl"}, by path. */
    Map<String, String> read(String suffix);

    /** These files as their source has them at this moment, where a copy may lag behind (another node's adoption). */
    default RuleFiles latest() {
        return this;
    }
}
