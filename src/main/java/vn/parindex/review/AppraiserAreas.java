package vn.parindex.review;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The areas (lĩnh vực) each appraisal-team member appraises: the areas of the member's own field. A change is announced,
 * since the files waiting for the member change with it.
 */
@Service
public class AppraiserAreas {

    /** A member's areas were set: the files waiting for him change with them. */
    record Assigned(String userId) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    AppraiserAreas(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Set<String> of(String userId) {
        return jdbc.sql("select area_code from appraiser_area where user_id = ?").param(userId)
                .query(String.class).list().stream().collect(Collectors.toSet());
    }

    /** Every area some member of the team has been given. */
    public Set<String> assigned() {
        return Set.copyOf(jdbc.sql("select distinct area_code from appraiser_area").query(String.class).list());
    }

    /** Each member with areas, and his areas. */
    Map<String, Set<String>> members() {
        return jdbc.sql("select user_id, area_code from appraiser_area").query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(TreeSet::new))));
    }

    public void assign(String userId, Set<String> areas) {
        jdbc.sql("delete from appraiser_area where user_id = ?").param(userId).update();
        areas.forEach(area -> jdbc.sql("insert into appraiser_area (user_id, area_code) values (?, ?)")
                .params(userId, area).update());
        events.publishEvent(new Assigned(userId));
    }
}
