package vn.parindex.rules;

import vn.parindex.AppProperties;

/** Builds the rules folder for tests that run without Spring. */
public final class RulesFolderFactory {

    private RulesFolderFactory() {
    }

    public static RulesFolder of(String dir) {
        return new RulesFolder(new AppProperties(dir, null, null, null, null, null));
    }
}
