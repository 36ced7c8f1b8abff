package vn.parindex.assessment;

import java.util.Optional;
import vn.parindex.workflow.TaskKeys;

/**
 * Stages at which a leaf is entered or scored. Entered: SELF, APPRAISAL_1, EXPLANATION, APPRAISAL_2.
 * Set directly with a reason: COUNCIL, COMPLAINT. Computed for the results: RESULT.
 */
public enum Stage {
    SELF("Tự đánh giá"), APPRAISAL_1("Thẩm định vòng 1"), EXPLANATION("Giải trình"), APPRAISAL_2("Thẩm định vòng 2"),
    COUNCIL("Hội đồng điều chỉnh"), COMPLAINT("Giải quyết kiến nghị"), RESULT("Kết quả");

    private final String label;

    Stage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The stage whose entries a waiting user task of UnitAppraisal takes. */
    public static Optional<Stage> enteredAt(String taskKey) {
        return Optional.ofNullable(switch (taskKey) {
            case TaskKeys.SELF_ASSESSMENT -> SELF;
            case TaskKeys.APPRAISAL_ROUND_1 -> APPRAISAL_1;
            case TaskKeys.EXPLANATION -> EXPLANATION;
            case TaskKeys.APPRAISAL_ROUND_2 -> APPRAISAL_2;
            default -> null;
        });
    }
}
