package vn.parindex.cycle;

/** The year's final results are public and the year is locked. */
public record FinalResultsPublished(String actor, int year) {
}
