package vn.parindex.scoring.facts;

/** Output of the classification rules: a band the unit does not reach, and why (Vietnamese). */
public final class BandMissed {
    private final Band band;
    private final String reason;

    public BandMissed(Band band, String reason) {
        this.band = band;
        this.reason = reason;
    }

    public Band getBand() { return band; }
    public String getReason() { return reason; }
}
