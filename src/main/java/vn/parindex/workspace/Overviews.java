package vn.parindex.workspace;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.parindex.assessment.AssessmentStatus;
import vn.parindex.complaint.ComplaintService;
import vn.parindex.security.CurrentUser;
import vn.parindex.year.Cycle;
import vn.parindex.year.Years;

/** A year's overview, read in a few queries however many units it has. */
@Service
public class Overviews {

    private static final int MAIL_SHOWN = 500;

    private final JdbcClient jdbc;
    private final ComplaintService complaints;
    private final Years cycles;

    Overviews(JdbcClient jdbc, Years cycles, ComplaintService complaints) {
        this.jdbc = jdbc;
        this.complaints = complaints;
        this.cycles = cycles;
    }

    /** An e-mail of the year's notifications: to whom, when written and sent, how many tries, the last error. */
    public record SentMail(String recipient, String subject, LocalDateTime createdAt, LocalDateTime sentAt, int attempts,
                           String lastError) {
    }

    /** The year's latest e-mails, newest first. */
    public List<SentMail> mail(int year, CurrentUser user) {
        user.requireStandingBodyOrAdmin();
        cycles.get(year);
        return jdbc.sql("""
                select o.recipient, o.subject, o.created_at, o.sent_at, o.attempts, o.last_error
                from email_outbox o join notification n on n.id = o.notification_id
                where n.year = ? order by o.id desc""").param(year).query((rs, n) -> new SentMail(rs.getString(1),
                rs.getString(2), rs.getTimestamp(3).toLocalDateTime(),
                rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toLocalDateTime(), rs.getInt(5), rs.getString(6)))
                .stream().limit(MAIL_SHOWN).toList();
    }

    public YearOverview of(int year, CurrentUser user) {
        user.requireStandingBodyOrAdmin();
        Cycle cycle = cycles.get(year);
        List<YearOverview.UnitFile> files = jdbc.sql("""
                select a.unit_code, u.name, u.ranking_block, a.status, a.late, a.submitted_at
                from assessment a join unit u on u.code = a.unit_code where a.year = ? order by u.ranking_block, u.name""")
                .param(year).query((rs, n) -> {
                    AssessmentStatus status = AssessmentStatus.valueOf(rs.getString(4));
                    return new YearOverview.UnitFile(rs.getString(1), rs.getString(2), rs.getString(3), status.name(),
                            status.label(), rs.getBoolean(5),
                            rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toLocalDateTime());
                }).list();
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        for (AssessmentStatus status : AssessmentStatus.values()) {
            byStatus.put(status.label(), (int) files.stream().filter(f -> f.status().equals(status.name())).count());
        }
        Map<String, Integer> waiting = new LinkedHashMap<>();
        // an area waits in a file under appraisal until its field has confirmed it in the file's current round
        jdbc.sql("""
                select l.area_code, count(*) from assessment a
                join (select distinct unit_type, area_code from cycle_leaf where year = ? and method <> 'SURVEY') l
                  on l.unit_type = a.unit_type
                where a.year = ? and a.status in ('APPRAISAL_1', 'APPRAISAL_2')
                  and not exists (select 1 from appraisal_signoff s where s.assessment_id = a.id and s.stage = a.status
                                  and s.area_code = l.area_code)
                group by l.area_code order by l.area_code""")
                .params(year, year).query(rs -> {
                    waiting.put(rs.getString(1), rs.getInt(2));
                });
        int pending = complaints.pending(year);
        return new YearOverview(year, cycle.phase().label(), cycle.selfAssessmentDue(), cycle.complaintWindowEnds(),
                cycle.classificationScheme(), files.size(), (int) files.stream().filter(f -> f.submittedAt() != null).count(),
                (int) files.stream().filter(YearOverview.UnitFile::late).count(), byStatus, waiting, pending, files);
    }

}
