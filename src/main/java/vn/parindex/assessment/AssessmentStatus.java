package vn.parindex.assessment;

/** A unit's file through the UnitAppraisal process. */
public enum AssessmentStatus {
    DRAFT("Đang tự đánh giá"),
    SUBMITTED("Đã nộp, đang kiểm tra"),
    APPRAISAL_1("Thẩm định vòng 1"),
    EXPLANATION("Đang giải trình"),
    APPRAISAL_2("Thẩm định vòng 2"),
    APPRAISED("Đã thẩm định");

    private final String label;

    AssessmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
