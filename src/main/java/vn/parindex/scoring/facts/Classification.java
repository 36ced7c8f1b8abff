package vn.parindex.scoring.facts;

/** Output: the band a unit's index falls in. */
public final class Classification {
    private final String label;

    public Classification(String label) {
        this.label = label;
    }

    public String getLabel() { return label; }
}
