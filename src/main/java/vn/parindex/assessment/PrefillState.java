package vn.parindex.assessment;

/** What the unit did with a pre-filled leaf. */
enum PrefillState {
    /** Offered, not yet confirmed: a later import may still replace it. */
    PENDING,
    /** Confirmed as the source has it: a later import that differs is flagged, not applied. */
    CONFIRMED,
    /** Replaced by the unit's own figures, with a note and evidence. */
    CORRECTED
}
