package vn.parindex.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.support.IntegrationTest;

/**
 * The app's PostgreSQL sessions are set to plan the engine's authorization-checked task queries by index (see
 * {@code TasklistBenchmark} for what it is worth: 1.3 s → under 0.1 s with 3,321 candidate tasks).
 */
class PostgresPlanningIT extends IntegrationTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void sessionsPlanForTheirValuesAndThePermissionBitsHaveStatistics() {
        assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
        assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'par_idx_auth_perms'", String.class))
                .contains("act_ru_authorization").contains("(perms_ & 2)").contains("(perms_ & 64)");
    }
}
