package vn.parindex.cycle;

import java.util.List;

/** The standing body opened a year for its units in scope, some of them outside the ranking, on a catalogue version. */
public record CycleOpened(String actor, int year, int units, List<String> unranked, String catalogueVersion) {
}
