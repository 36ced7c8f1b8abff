package vn.parindex.complaint;

/**
 * Where a complaint stands. It is filed PENDING; the rules either refuse to take it up (INELIGIBLE) or a reviewer
 * decides it (ACCEPTED, REJECTED); a decided complaint never changes again ({@link ComplaintRepository} guards it).
 */
public enum ComplaintStatus {
    PENDING("Đang xử lý"),
    INELIGIBLE("Không thụ lý"),
    ACCEPTED("Chấp nhận"),
    REJECTED("Không chấp nhận");

    private final String label;

    ComplaintStatus(String label) {
        this.label = label;
    }

    /** The Vietnamese word a unit and a reviewer read. */
    public String label() {
        return label;
    }
}
