package vn.parindex.evidence;

/** A unit removed a file of evidence from a leaf. */
public record EvidenceDeleted(String actor, int year, String unitCode, String leafCode, String fileName) {
}
