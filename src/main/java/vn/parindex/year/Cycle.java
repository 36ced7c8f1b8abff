package vn.parindex.year;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.parindex.web.UserFacingException;

/**
 * One year's appraisal: its catalogue and rule versions, deadlines, penalty, phase, and the reference date on which
 * the units it assesses were valid. {@code ruleSetVersion}: the rule set version it was opened or last re-scored
 * with, null for a year opened before versions were kept; {@code ruleHash} names the rules it is scored with.
 */
public record Cycle(int year, String catalogueVersion, String ruleHash, Long ruleSetVersion, LocalDateTime selfAssessmentDue,
                    Duration reminderBefore, Duration explanationPeriod, Duration complaintWindow,
                    BigDecimal latePenalty, CyclePhase phase, LocalDateTime complaintWindowEnds,
                    String openedBy, LocalDateTime openedAt, String classificationScheme, String tieBreak,
                    RoundingMode indexRounding, LocalDate referenceDate) {

    public boolean locked() {
        return phase == CyclePhase.PUBLISHED;
    }

    /** The standing body has published the preliminary results (and the year went on from there). */
    public boolean preliminaryPublished() {
        return phase != CyclePhase.OPEN;
    }

    /** Refuses any change to a year whose final results are published. */
    public void requireUnlocked() {
        if (locked()) {
            throw UserFacingException.conflict("Năm đánh giá " + year + " đã công bố kết quả chính thức và đã khóa; không thể thay đổi.");
        }
    }

    public boolean complaintWindowOpen(LocalDateTime at) {
        return phase == CyclePhase.PRELIMINARY_PUBLISHED && complaintWindowEnds != null && at.isBefore(complaintWindowEnds);
    }
}
