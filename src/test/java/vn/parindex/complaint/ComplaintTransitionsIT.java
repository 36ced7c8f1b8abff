package vn.parindex.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.support.IntegrationTest;
import vn.parindex.web.UserFacingException;

/** A complaint leaves PENDING once, whoever comes second — a reviewer or the eligibility rules — finds it decided. */
class ComplaintTransitionsIT extends IntegrationTest {

    @Autowired ComplaintRepository complaints;

    @Test
    void aDecidedComplaintIsNeverDecidedAgainNorRefusedAfterwards() {
        int year = scenario.openYear(List.of("TD1"));
        long id = complaints.insert(year, "TD1", "1.2", "Đã có báo cáo", "td1", LocalDateTime.now());
        complaints.decide(id, true, BigDecimal.ONE, "Có căn cứ", "reviewer", LocalDateTime.now());

        UserFacingException again = catchThrowableOfType(UserFacingException.class,
                () -> complaints.decide(id, false, null, "Xét lại", "reviewer-2", LocalDateTime.now()));
        UserFacingException refused = catchThrowableOfType(UserFacingException.class,
                () -> complaints.markIneligible(id, "Ngoài thời hạn", LocalDateTime.now()));

        assertThat(List.of(again, refused)).allSatisfy(e -> assertThat(e.getMessage())
                .isEqualTo("Kiến nghị số " + id + " đã được quyết định; không thể quyết định lại."));
        Complaint kept = complaints.get(id);
        assertThat(kept.status()).isEqualTo(ComplaintStatus.ACCEPTED);
        assertThat(kept.decidedBy()).isEqualTo("reviewer");
        assertThat(kept.newPoints()).isEqualByComparingTo("1");
    }
}
