package vn.parindex.ranking;

/** The final results changed a unit's rank or band from the preliminary ones; {@code change} says how and why. */
public record StandingChanged(int year, ResultChanges.ResultChange change) {
}
