package vn.parindex.review;

import java.time.LocalDateTime;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.parindex.assessment.Stage;

/** Which areas of a unit's file each round has had confirmed, and by whom. */
@Repository
class AreaSignoffs {

    private final JdbcClient jdbc;

    AreaSignoffs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Callers hold the assessment's row lock, so that two members of one field cannot both insert an area. */
    void sign(long assessmentId, Stage stage, Set<String> areas, String userId, LocalDateTime at) {
        Set<String> signed = signed(assessmentId, stage);
        areas.stream().filter(area -> !signed.contains(area)).forEach(area -> jdbc.sql("""
                insert into appraisal_signoff (assessment_id, stage, area_code, user_id, signed_at) values (?, ?, ?, ?, ?)""")
                .params(assessmentId, stage.name(), area, userId, at).update());
    }

    Set<String> signed(long assessmentId, Stage stage) {
        return new TreeSet<>(jdbc.sql("select area_code from appraisal_signoff where assessment_id = ? and stage = ?")
                .params(assessmentId, stage.name()).query(String.class).list());
    }
}
