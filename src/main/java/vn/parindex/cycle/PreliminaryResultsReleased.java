package vn.parindex.cycle;

/** The standing body released the preliminary results it reviewed; the process publishes them next. */
public record PreliminaryResultsReleased(String actor, int year) {
}
