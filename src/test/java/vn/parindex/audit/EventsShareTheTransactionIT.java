package vn.parindex.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.support.IntegrationTest;
import vn.parindex.workflow.ProcessKeys;
import vn.parindex.workflow.TaskKeys;

/**
 * The audit row and the message an event leads to are written in the transaction of the change it reports, whether a
 * service or a process step published it: a change that rolls back leaves neither behind.
 */
class EventsShareTheTransactionIT extends IntegrationTest {

    private static final String UNIT = "TD2";

    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transactions;

    @Test
    void aDeadlineJobThatRollsBackLeavesNoAuditRowNorMessage() {
        int year = scenario.openYear(List.of(UNIT));
        ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + Duration.ofDays(11).toMillis()));

        transactions.executeWithoutResult(status -> {
            scenario.runJobs(year);
            assertThat(audited(year, "MARKED_LATE")).as("written by the job's step, in its transaction").isOne();
            assertThat(told(year, "Đã quá hạn nộp hồ sơ")).isOne();
            status.setRollbackOnly();
        });

        assertThat(audited(year, "MARKED_LATE")).isZero();
        assertThat(told(year, "Đã quá hạn nộp hồ sơ")).isZero();
        scenario.runJobs(year);
        assertThat(audited(year, "MARKED_LATE")).as("the job, still due, runs again").isOne();
        assertThat(told(year, "Đã quá hạn nộp hồ sơ")).isOne();
    }

    @Test
    void aPublicationThatRollsBackLeavesNoAuditRowNorMessage() {
        int year = scenario.openYear(List.of(UNIT));
        scenario.throughAppraisal(year, UNIT, Map.of());
        scenario.throughPreliminary(year, Map.of(UNIT, 80));
        scenario.advance(year, Duration.ofDays(6));

        transactions.executeWithoutResult(status -> {
            scenario.approve(year);
            assertThat(audited(year, "RESULTS_APPROVED")).isOne();
            assertThat(audited(year, "RESULTS_PUBLISHED")).isOne();
            assertThat(told(year, "Đã công bố kết quả chính thức")).isOne();
            status.setRollbackOnly();
        });

        assertThat(audited(year, "RESULTS_APPROVED")).isZero();
        assertThat(audited(year, "RESULTS_PUBLISHED")).isZero();
        assertThat(told(year, "Đã công bố kết quả chính thức")).isZero();
        assertThat(scenario.task(ProcessKeys.cycleKey(year), TaskKeys.APPROVE_RESULTS)).as("still waiting").isNotNull();
        scenario.approve(year);
        assertThat(audited(year, "RESULTS_PUBLISHED")).isOne();
        assertThat(told(year, "Đã công bố kết quả chính thức")).isOne();
    }

    private int audited(int year, String action) {
        return jdbc.queryForObject("select count(*) from audit_log where year = ? and action = ?", Integer.class, year,
                action);
    }

    private int told(int year, String start) {
        return jdbc.queryForObject("select count(*) from notification where year = ? and message like ?", Integer.class,
                year, start + "%");
    }
}
