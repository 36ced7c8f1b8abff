package vn.parindex.assessment;

/** The unit replaced the figures offered for a leaf by its own, with a note (figures as "45/50"). */
public record PrefillCorrected(String actor, int year, String unitCode, String leafCode, String offered,
                               String corrected, String note) {
}
