package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;
import vn.parindex.ParIndexApplication;

/** The production profile starts only with real secrets; the demo stays out of a database the operator names. */
class StartupSafetyTest {

    private static final String STRONG = "Mật-khẩu-đủ-dài-2026";

    @Test
    void theProductionProfileRefusesMissingShippedOrShortSecrets() {
        assertThatThrownBy(() -> check(postgres(null, "db-secret"))).hasMessageContaining("PAR_ADMIN_PASSWORD");
        assertThatThrownBy(() -> check(postgres("admin", "db-secret"))).hasMessageContaining("PAR_ADMIN_PASSWORD");
        assertThatThrownBy(() -> check(postgres("short-pw", "db-secret"))).hasMessageContaining("at least 12");
        assertThatThrownBy(() -> check(postgres("password1234", "db-secret"))).hasMessageContaining("easy to guess");
        assertThatThrownBy(() -> check(postgres("admin-of-the-province", "db-secret"))).hasMessageContaining("easy to guess");
        assertThatThrownBy(() -> check(postgres(STRONG, "parindex"))).hasMessageContaining("PAR_DB_PASSWORD");
        assertThatThrownBy(() -> check(postgres(STRONG, ""))).hasMessageContaining("PAR_DB_PASSWORD");

        check(postgres(STRONG, "db-secret"));
    }

    @Test
    void theEmbeddedDefaultKeepsItsDemoSecretsAndTheDemoStaysOffAGivenDatabase() {
        MockEnvironment embedded = new MockEnvironment().withProperty("camunda.bpm.admin-user.password", "admin");
        check(embedded);
        assertThat(embedded.getProperty("par.demo.enabled")).isNull();

        MockEnvironment given = new MockEnvironment().withProperty("PAR_DB_URL", "jdbc:postgresql://db/parindex")
                .withProperty("par.demo.enabled", "true");
        check(given);
        assertThat(given.getProperty("par.demo.enabled")).isEqualTo("false");

        MockEnvironment asked = new MockEnvironment().withProperty("PAR_DB_URL", "jdbc:postgresql://db/parindex")
                .withProperty("PAR_DEMO_ENABLED", "true").withProperty("par.demo.enabled", "true");
        check(asked);
        assertThat(asked.getProperty("par.demo.enabled")).isEqualTo("true");
    }

    @Test
    void theApplicationItselfRefusesToStartTheProductionProfileWithTheShippedPassword() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(ParIndexApplication.class).profiles("postgres")
                .properties("PAR_ADMIN_PASSWORD=admin", "PAR_DB_PASSWORD=parindex").run())
                .hasMessageContaining("Refusing to start the production profile");
    }

    private static MockEnvironment postgres(String adminPassword, String dbPassword) {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("postgres");
        if (adminPassword != null) {
            env.setProperty("camunda.bpm.admin-user.password", adminPassword);
        }
        env.setProperty("spring.datasource.password", dbPassword);
        return env;
    }

    private static void check(MockEnvironment env) {
        new StartupSafety().postProcessEnvironment(env, new SpringApplication());
    }
}
