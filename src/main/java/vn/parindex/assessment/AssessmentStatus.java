package vn.parindex.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** A unit's file through the UnitAppraisal process; each status names the statuses it may move on to. */
public enum AssessmentStatus {
    DRAFT("Đang tự đánh giá"),
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

    Set<AssessmentStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(APPRAISAL_1);
            case APPRAISAL_1 -> Set.of(EXPLANATION, APPRAISED);
            case EXPLANATION -> Set.of(APPRAISAL_2);
            case APPRAISAL_2 -> Set.of(APPRAISED);
            case APPRAISED -> Set.of();
        };
    }

    /** The statuses from which a file may move to this one. */
    List<AssessmentStatus> previous() {
        return Arrays.stream(values()).filter(s -> s.next().contains(this)).toList();
    }
}
