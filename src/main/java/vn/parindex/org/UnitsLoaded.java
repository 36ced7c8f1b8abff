package vn.parindex.org;

/** The unit list was loaded: how many units were created and updated. */
public record UnitsLoaded(String actor, UnitRegistry.Loaded loaded) {
}
