package vn.parindex.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

/** The migration command starts as a command (no web server, no job executor); a node's settings stay as they are. */
class MigrationCommandSettingsTest {

    @Test
    void theMigrationRunsWithoutWebServerOrJobExecutorWhateverItIsGiven() {
        MockEnvironment env = new MockEnvironment().withProperty("par.evidence.migrate", "to-s3")
                .withProperty("camunda.bpm.job-execution.enabled", "true");

        new MigrationCommandSettings().postProcessEnvironment(env, new SpringApplication());

        assertThat(env.getProperty("spring.main.web-application-type")).isEqualTo("none");
        assertThat(env.getProperty("camunda.bpm.job-execution.enabled")).isEqualTo("false");
    }

    @Test
    void aNodeKeepsItsWebServerAndJobExecutor() {
        MockEnvironment env = new MockEnvironment().withProperty("camunda.bpm.job-execution.enabled", "true");

        new MigrationCommandSettings().postProcessEnvironment(env, new SpringApplication());

        assertThat(env.getProperty("spring.main.web-application-type")).isNull();
        assertThat(env.getProperty("camunda.bpm.job-execution.enabled")).isEqualTo("true");
    }
}
