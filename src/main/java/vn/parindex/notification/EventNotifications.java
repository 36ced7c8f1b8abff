package vn.parindex.notification;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.parindex.assessment.AssessmentMarkedLate;
import vn.parindex.assessment.ReminderDue;
import vn.parindex.assessment.SelfAssessmentReturned;
import vn.parindex.complaint.ComplaintDecided;
import vn.parindex.complaint.ComplaintRefused;
import vn.parindex.cycle.FinalResultsPublished;
import vn.parindex.cycle.PreliminaryResultsPublished;
import vn.parindex.ranking.ResultChanges.ResultChange;
import vn.parindex.ranking.ResultChanges.Standing;
import vn.parindex.ranking.StandingChanged;
import vn.parindex.review.ExplanationOverdue;
import vn.parindex.review.ExplanationRequested;

/**
 * What the units are told, and where their e-mails lead: a message for each event a unit must act on or learn of,
 * written in the transaction of the change it reports. E-mails without a page lead to the unit's waiting task.
 */
@Component
class EventNotifications {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private final Notifications notifications;

    EventNotifications(Notifications notifications) {
        this.notifications = notifications;
    }

    @EventListener
    void on(ReminderDue e) {
        notifications.send(e.year(), e.unitCode(), "Nhắc việc: hạn nộp hồ sơ tự đánh giá CCHC năm " + e.year() + " là "
                + e.due().format(FORMAT) + ".");
    }

    @EventListener
    void on(AssessmentMarkedLate e) {
        notifications.send(e.year(), e.unitCode(), "Đã quá hạn nộp hồ sơ tự đánh giá; đơn vị vẫn phải nộp và bị trừ điểm "
                + "nộp muộn theo quy định.");
    }

    @EventListener
    void on(SelfAssessmentReturned e) {
        notifications.send(e.year(), e.unitCode(), "Hồ sơ chưa đầy đủ, đã trả lại để bổ sung: "
                + String.join("; ", e.missing()));
    }

    @EventListener
    void on(ExplanationRequested e) {
        notifications.send(e.year(), e.unitCode(), "Tổ thẩm định đề nghị giải trình các tiêu chí: "
                + String.join(", ", e.leafCodes()) + ".");
    }

    @EventListener
    void on(ExplanationOverdue e) {
        notifications.send(e.year(), e.unitCode(), "Đã hết hạn giải trình; hồ sơ chuyển thẩm định vòng 2 với tài liệu "
                + "hiện có.");
    }

    @EventListener
    void on(PreliminaryResultsPublished e) {
        notifications.send(e.year(), null, "Đã công bố kết quả sơ bộ Chỉ số CCHC năm " + e.year()
                + ". Đơn vị gửi kiến nghị trước " + e.complaintsUntil().format(FORMAT) + ".",
                List.of(Page.COMPLAINTS, Page.RESULTS));
    }

    @EventListener
    void on(ComplaintRefused e) {
        notifications.send(e.year(), e.unitCode(), "Kiến nghị số " + e.complaintId() + " không được thụ lý: " + e.reason(),
                List.of(Page.COMPLAINTS));
    }

    @EventListener
    void on(ComplaintDecided e) {
        String outcome = e.accepted() ? "được chấp nhận; điểm mới: " + e.newPoints().toPlainString() : "không được chấp nhận";
        notifications.send(e.year(), e.unitCode(), "Kiến nghị số " + e.complaintId() + " (tiêu chí " + e.leafCode() + ") "
                + outcome + ". Lý do: " + e.reason(), List.of(Page.COMPLAINTS));
    }

    @EventListener
    void on(FinalResultsPublished e) {
        notifications.send(e.year(), null, "Đã công bố kết quả chính thức Chỉ số CCHC năm " + e.year() + ".",
                List.of(Page.RESULTS));
    }

    @EventListener
    void on(StandingChanged e) {
        ResultChange c = e.change();
        notifications.send(e.year(), c.unitCode(), "Kết quả chính thức khác kết quả sơ bộ: chỉ số " + c.preliminary().index()
                + "% → " + c.result().index() + "%, xếp loại " + c.preliminary().classification() + " → "
                + c.result().classification() + ", " + rank(c.preliminary()) + " → " + rank(c.result())
                + " (khối xếp hạng: " + c.rankingBlock() + "). Lý do: " + String.join("; ", c.reasons()) + ".",
                List.of(Page.RESULTS));
    }

    private static String rank(Standing s) {
        return s.rank() == 0 ? "không xếp hạng" : "hạng " + s.rank();
    }
}
