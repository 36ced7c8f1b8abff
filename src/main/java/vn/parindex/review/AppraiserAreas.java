package vn.parindex.review;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The areas (lĩnh vực) each appraisal-team member appraises: the areas of the member's own field. */
@Repository
public class AppraiserAreas {

    private final JdbcClient jdbc;

    AppraiserAreas(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Set<String> of(String userId) {
        return jdbc.sql("select area_code from appraiser_area where user_id = ?").param(userId)
                .query(String.class).list().stream().collect(Collectors.toSet());
    }

    /** Every area some member of the team has been given. */
    public Set<String> assigned() {
        return Set.copyOf(jdbc.sql("select distinct area_code from appraiser_area").query(String.class).list());
    }

    public void assign(String userId, Set<String> areas) {
        jdbc.sql("delete from appraiser_area where user_id = ?").param(userId).update();
        areas.forEach(area -> jdbc.sql("insert into appraiser_area (user_id, area_code) values (?, ?)")
                .params(userId, area).update());
    }
}
