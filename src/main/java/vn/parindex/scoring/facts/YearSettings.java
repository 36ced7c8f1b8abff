package vn.parindex.scoring.facts;

import java.math.RoundingMode;

/**
 * The year's choices that rules read: the classification scheme (bands, floors), the tie-break of ranks and how
 * indices are rounded to two decimals.
 */
public final class YearSettings {
    private final String classificationScheme;
    private final String tieBreak;
    private final RoundingMode indexRounding;

    public YearSettings(String classificationScheme, String tieBreak) {
        this(classificationScheme, tieBreak, RoundingMode.HALF_UP);
    }

    public YearSettings(String classificationScheme, String tieBreak, RoundingMode indexRounding) {
        this.classificationScheme = classificationScheme;
        this.tieBreak = tieBreak;
        this.indexRounding = indexRounding;
    }

    public String getClassificationScheme() { return classificationScheme; }
    public String getTieBreak() { return tieBreak; }
    public RoundingMode getIndexRounding() { return indexRounding; }
}
