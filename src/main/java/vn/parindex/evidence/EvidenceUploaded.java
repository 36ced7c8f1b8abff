package vn.parindex.evidence;

import java.util.List;

/**
 * A file was recorded as evidence of leaves (one leaf for a user's upload; every leaf an imported file fills). Published
 * by the module that knows the leaves' year and unit: the self-assessment, a complaint.
 */
public record EvidenceUploaded(String actor, String fileName, String sha256, List<Place> places) {

    public record Place(int year, String unitCode, String leafCode) {
    }

    public static EvidenceUploaded of(String actor, int year, String unitCode, EvidenceFile saved) {
        return new EvidenceUploaded(actor, saved.fileName(), saved.sha256(),
                List.of(new Place(year, unitCode, saved.leafCode())));
    }
}
