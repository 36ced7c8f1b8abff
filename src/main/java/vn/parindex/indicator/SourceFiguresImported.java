package vn.parindex.indicator;

/** A year's public-service source figures were imported: rows read, months new or changed, from which file. */
public record SourceFiguresImported(String actor, int year, int rows, int monthsChanged, String fileName, String sha256) {
}
