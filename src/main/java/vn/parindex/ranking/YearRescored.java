package vn.parindex.ranking;

/** The standing body rescored a year with the rules now in force, for the reason given (rule sets by hash). */
public record YearRescored(String actor, int year, String previousRules, String adoptedRules, String reason) {
}
