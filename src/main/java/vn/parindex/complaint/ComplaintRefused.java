package vn.parindex.complaint;

/** The complaint rules refused to take up a complaint, for the reasons given. */
public record ComplaintRefused(int year, String unitCode, long complaintId, String reason) {
}
