package vn.parindex.cycle;

/** Leadership sent the year's results back to the council, for the reason given. */
public record ResultsSentBack(String actor, int year, String reason) {
}
