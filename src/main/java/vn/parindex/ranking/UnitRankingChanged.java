package vn.parindex.ranking;

/** The standing body took a unit into the year's ranking, or out of it. */
public record UnitRankingChanged(String actor, int year, String unitCode, boolean ranked) {
}
