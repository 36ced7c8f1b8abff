package vn.parindex.year;

/** Where a year stands; set by the AppraisalCycle process. */
public enum CyclePhase {
    OPEN("Đang tự đánh giá và thẩm định"),
    PRELIMINARY_PUBLISHED("Đã công bố kết quả sơ bộ, đang nhận kiến nghị"),
    COMPLAINTS_CLOSED("Đã hết thời hạn kiến nghị"),
    AWAITING_APPROVAL("Chờ lãnh đạo phê duyệt"),
    COUNCIL_REVISION("Hội đồng thẩm định đang xem xét lại"),
    PUBLISHED("Đã công bố kết quả chính thức (đã khóa)");

    private final String label;

    CyclePhase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
