package vn.parindex.year;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Where a year stands; moved on by the AppraisalCycle process only, each phase to the ones it names. */
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

    Set<CyclePhase> next() {
        return switch (this) {
            case OPEN -> Set.of(PRELIMINARY_PUBLISHED);
            case PRELIMINARY_PUBLISHED -> Set.of(COMPLAINTS_CLOSED);
            case COMPLAINTS_CLOSED, COUNCIL_REVISION -> Set.of(AWAITING_APPROVAL);
            case AWAITING_APPROVAL -> Set.of(COUNCIL_REVISION, PUBLISHED);
            case PUBLISHED -> Set.of();
        };
    }

    /** The phases from which a year may move to this one. */
    List<CyclePhase> previous() {
        return Arrays.stream(values()).filter(p -> p.next().contains(this)).toList();
    }
}
