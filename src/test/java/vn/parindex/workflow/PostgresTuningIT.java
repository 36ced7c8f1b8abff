package vn.parindex.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.parindex.support.IntegrationTest;

/**
 * The app's PostgreSQL sessions are set to plan the engine's authorization-checked task queries by index, each for
 * its values, while everything else (foreign-key checks above all) keeps its cached plans (see
 * {@code TasklistBenchmark} for what it is worth: 1.3 s → under 0.1 s with 3,321 candidate tasks) and to send batches
 * of inserts as multi-row inserts.
 */
class PostgresTuningIT extends IntegrationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired ProcessEngineConfigurationImpl engine;
    @Autowired TransactionTemplate transactions;
    @Autowired IdentityService identity;

    @Test
    void sessionsPreferIndexesAndTheEngineGetsTheIndexesItLacks() {
        assertThat(jdbc.queryForObject("show random_page_cost", String.class)).isEqualTo("1.1");
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class))
                .as("foreign-key checks keep their cached plans").isEqualTo("auto");
        assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'par_idx_auth_perms'", String.class))
                .contains("act_ru_authorization").contains("(perms_ & 2)").contains("(perms_ & 64)");
        assertThat(jdbc.queryForObject("select indexdef from pg_indexes where indexname = 'par_idx_task_parent'", String.class))
                .contains("act_ru_task").contains("(parent_task_id_)");
    }

    @Test
    void aUsersTaskQueryIsPlannedForItsValuesAndTheRestOfItsTransactionIsNot() {
        assertThat(planningInsideAndAfterATaskQuery()).as("the app's own lookup, no user's grants joined")
                .containsExactly("auto", "auto");
        identity.setAuthentication("pt-user", List.of("pt-group"));
        try {
            assertThat(planningInsideAndAfterATaskQuery()).containsExactly("force_custom_plan", "auto");
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The session's plan_cache_mode inside a task query, then after it in the same transaction. */
    private List<String> planningInsideAndAfterATaskQuery() {
        String[] inside = new String[1];
        TaskQueryImpl probe = new TaskQueryImpl(engine.getCommandExecutorTxRequired()) {
            @Override
            public long executeCount(CommandContext context) {
                try (Statement statement = context.getDbSqlSession().getSqlSession().getConnection().createStatement();
                     ResultSet mode = statement.executeQuery("show plan_cache_mode")) {
                    mode.next();
                    inside[0] = mode.getString(1);
                    return 0;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        String after = transactions.execute(status -> {
            probe.count();
            return jdbc.queryForObject("show plan_cache_mode", String.class);
        });
        return List.of(inside[0], after);
    }

    @Test
    void aBatchOfInsertsTravelsAsOneMultiRowInsert() {
        int[] counts = jdbc.execute((ConnectionCallback<int[]>) connection -> {
            try (Statement ddl = connection.createStatement();
                 PreparedStatement insert = connection.prepareStatement("insert into tuning_probe values (?)")) {
                ddl.execute("create temporary table tuning_probe (n integer)");
                for (int n = 0; n < 3; n++) {
                    insert.setInt(1, n);
                    insert.addBatch();
                }
                int[] rows = insert.executeBatch();
                ddl.execute("drop table tuning_probe");
                return rows;
            }
        });
        assertThat(counts).as("the driver reports no per-row counts for the rows it sent together (one at a time: 1 each)")
                .contains(Statement.SUCCESS_NO_INFO);
    }
}
