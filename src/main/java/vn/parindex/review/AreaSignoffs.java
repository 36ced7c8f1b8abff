package vn.parindex.review;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parindex.assessment.Stage;

/** Which areas of a unit's file each round has had confirmed, and by whom. */
@Repository
class AreaSignoffs {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AreaSignoffs(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Signs the areas not yet signed, in one batch, and returns every area of the round signed now. Callers hold the
     * assessment's row lock, so that two members of one field cannot both insert an area.
     */
    Set<String> sign(long assessmentId, Stage stage, Set<String> areas, String userId, LocalDateTime at) {
        Set<String> signed = signed(assessmentId, stage);
        List<String> added = areas.stream().filter(area -> !signed.contains(area)).toList();
        if (added.isEmpty()) {
            return signed;
        }
        template.batchUpdate("""
                insert into appraisal_signoff (assessment_id, stage, area_code, user_id, signed_at) values (?, ?, ?, ?, ?)""",
                added.stream().map(area -> new Object[] {assessmentId, stage.name(), area, userId, Timestamp.valueOf(at)}).toList());
        signed.addAll(added);
        return signed;
    }

    Set<String> signed(long assessmentId, Stage stage) {
        return new TreeSet<>(jdbc.sql("select area_code from appraisal_signoff where assessment_id = ? and stage = ?")
                .params(assessmentId, stage.name()).query(String.class).list());
    }
}
