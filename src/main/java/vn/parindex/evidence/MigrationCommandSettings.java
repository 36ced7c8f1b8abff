package vn.parindex.evidence;

import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The evidence migration ({@code par.evidence.migrate}, registered in META-INF/spring.factories) is a command, not a
 * node: it starts without the web server (no port, no Tasklist, no sessions), hence without the scheduled tasks (see
 * {@code Scheduling}: no mail sent, no rules polled, no nightly cleanup during the move), and with the job executor
 * off, so no year's timer or job runs meanwhile (Camunda would start it only once the application is ready, which the
 * command, exiting from its runner, never is; the setting does not leave that to the order of start-up). These
 * settings come first, above the command line: a migration never serves users, whatever else it is given.
 */
public class MigrationCommandSettings implements EnvironmentPostProcessor {

    static final String MIGRATE = "par.evidence.migrate";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        String migrate = env.getProperty(MIGRATE);
        if (migrate != null && !migrate.isBlank()) {
            env.getPropertySources().addFirst(new MapPropertySource("par-evidence-migration-command", Map.of(
                    "spring.main.web-application-type", "none",
                    // the engine's REST API is the one part of the starter that does not step aside without a server
                    "spring.autoconfigure.exclude", "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
                    "camunda.bpm.job-execution.enabled", "false")));
        }
    }
}
