package vn.parindex.scoring;

import java.util.HashMap;
import java.util.Map;

/** A rule archive in memory, for rule tests that run without a database. */
class InMemoryRuleArchive implements RuleArchive {

    private final Map<String, Map<String, String>> sets = new HashMap<>();

    @Override
    public Map<String, String> load(String hash) {
        return sets.getOrDefault(hash, Map.of());
    }

    @Override
    public void store(String hash, Map<String, String> files) {
        sets.putIfAbsent(hash, Map.copyOf(files));
    }
}
