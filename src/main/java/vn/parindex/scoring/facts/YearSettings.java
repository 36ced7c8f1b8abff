package vn.parindex.scoring.facts;

/** The year's choices that rules read: the classification scheme (bands, floors) and the tie-break of ranks. */
public final class YearSettings {
    private final String classificationScheme;
    private final String tieBreak;

    public YearSettings(String classificationScheme, String tieBreak) {
        this.classificationScheme = classificationScheme;
        this.tieBreak = tieBreak;
    }

    public String getClassificationScheme() { return classificationScheme; }
    public String getTieBreak() { return tieBreak; }
}
