package vn.parindex.assessment;

/** The unit confirmed the figures a public-service source offered for a leaf ({@code figures}: e.g. "45/50"). */
public record PrefillConfirmed(String actor, int year, String unitCode, String leafCode, String figures, String source) {
}
