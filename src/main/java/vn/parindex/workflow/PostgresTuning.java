package vn.parindex.workflow;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets PostgreSQL answer the engine's authorization-checked task queries (every Tasklist page) by index. Camunda joins
 * the grants to the tasks on "resource in (task, process definition, '*')" after filtering them on permission bits
 * ({@code PERMS_ & 2 = 2}); without statistics on those bits the planner expects a handful of grants and compares
 * every task with every grant: 3,321 × 3,321 for a province's appraisal team, 1.3 s a query. An index on the bits
 * gives the planner their statistics; the random page cost of a database held in memory or on SSD (1.1, as
 * PostgreSQL's documentation advises for them) lets it look up each task's grants by index instead (about 50 ms); and
 * a task query's transaction plans each of its statements for their values ({@code set local plan_cache_mode =
 * force_custom_plan}): once the driver prepares the statement (its fifth execution), PostgreSQL may switch to a
 * generic plan, blind to the values, which goes back to comparing every pair. Only there: for a whole session it
 * also made PostgreSQL plan each foreign-key check of each inserted row again (every write of the engine and the app
 * took twice as long: a year's score rows 5.0 s against 2.7 s), and sending every statement unnamed instead cost the
 * bare engine 15 % (re-planning its simple statements). The engine's and the app's batches of inserts (a year's
 * processes, a file's answers) are sent as multi-row inserts.
 */
@Configuration
class PostgresTuning {

    private static final Logger log = LoggerFactory.getLogger(PostgresTuning.class);

    /** Static: a post-processor is created before the other beans of its configuration. */
    @Bean
    static BeanPostProcessor postgresSessionSettings() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool) {
                    if (pool.getConnectionInitSql() == null) {
                        pool.setConnectionInitSql("select set_config('random_page_cost', '1.1', false)");
                    }
                    // a batch of inserts as one multi-row insert; neither the engine (since 7.13) nor the app reads
                    // the per-row counts the driver then no longer reports
                    pool.addDataSourceProperty("reWriteBatchedInserts", "true");
                }
                return bean;
            }
        };
    }

    /** After the engine has created or updated its tables; several nodes may start at once. */
    @Bean
    ProcessEnginePlugin taskQueriesByIndex() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<CommandInterceptor> inside = new ArrayList<>(Optional.ofNullable(
                        configuration.getCustomPostCommandInterceptorsTxRequired()).orElse(List.of()));
                inside.add(new TaskQueriesPlannedForTheirValues());
                configuration.setCustomPostCommandInterceptorsTxRequired(inside);
            }

            @Override
            public void postProcessEngineBuild(ProcessEngine engine) {
                ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
                try (Connection connection = configuration.getDataSource().getConnection();
                     Statement statement = connection.createStatement()) {
                    statement.execute("create index if not exists par_idx_auth_perms on act_ru_authorization "
                            + "((perms_ & 2), (perms_ & 64))");
                    statement.execute("analyze act_ru_authorization");
                    // the engine looks a completed task's subtasks up by parent and ships no index for it: a scan
                    // of every open task (3,321 at national scale) at each completion
                    statement.execute("create index if not exists par_idx_task_parent on act_ru_task (parent_task_id_)");
                } catch (SQLException e) {
                    log.warn("Could not index the engine's permission bits or subtasks (another node may be doing it): {}",
                            e.getMessage());
                }
            }
        };
    }

    /**
     * Inside a command's transaction: a task query checked against a user's grants (the Tasklist's filters, the REST
     * API's task list and count). The app's own lookups by business key join no grants and keep the session's plans.
     */
    private static final class TaskQueriesPlannedForTheirValues extends CommandInterceptor {

        /** The setting returns to the session's once the query is done: the transaction may go on to write. */
        @Override
        public <T> T execute(Command<T> command) {
            CommandContext context = Context.getCommandContext();
            if (!(command instanceof TaskQueryImpl || command instanceof AbstractExecuteFilterCmd)
                    || context.getAuthentication() == null || !context.isAuthorizationCheckEnabled()) {
                return next.execute(command);
            }
            plan("force_custom_plan");
            T result = next.execute(command);
            plan("default");
            return result;
        }

        private static void plan(String mode) {
            try (Statement statement = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection()
                    .createStatement()) {
                statement.execute("set local plan_cache_mode = " + mode);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot set the planning of a task query", e);
            }
        }
    }
}
