package vn.parindex.criteria;

import vn.parindex.org.UnitTypes;
import vn.parindex.rules.RulesFolderFactory;

/** Reads a catalogue from a rules folder for tests that run without Spring. */
public final class CatalogueFactory {

    public Catalogue.Snapshot current(String rulesDir) {
        return new Catalogue(RulesFolderFactory.of(rulesDir), new UnitTypes(RulesFolderFactory.of(rulesDir))).current();
    }
}
