package vn.parindex.scoring;

import vn.parindex.rules.RuleFiles;

/** Builds a rule base from scratch, for benchmarks that time the build. */
public final class RuleBuilds {

    private RuleBuilds() {
    }

    /** Compiles the files into a new rule base; returns its hash. */
    public static String build(RuleFiles files) {
        return new RuleBase(files, new InMemoryRuleArchive()).hash();
    }
}
