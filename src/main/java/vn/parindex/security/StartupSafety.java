package vn.parindex.security;

import java.util.Map;
import java.util.Set;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Checks the settings before anything starts (registered in META-INF/spring.factories):
 * <ul>
 * <li>the demo loads only into the embedded default database: given a database ({@code PAR_DB_URL}) it stays off
 * unless {@code PAR_DEMO_ENABLED} asks for it;</li>
 * <li>the production profile refuses to start with a missing, shipped or short administrator password or database
 * password, or an administrator password a user could not choose ({@link PasswordStrength}). The check must precede the engine: Camunda creates the administrator once, with the password of the
 * first start, and never changes it afterwards.</li>
 * </ul>
 */
public class StartupSafety implements EnvironmentPostProcessor {

    static final int MIN_ADMIN_PASSWORD = 12;
    private static final Set<String> SHIPPED = Set.of("admin", "parindex", "demo", "password", "changeit");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (env.containsProperty("PAR_DB_URL") && !env.containsProperty("PAR_DEMO_ENABLED")) {
            env.getPropertySources().addFirst(new MapPropertySource("par-demo-off-on-given-database",
                    Map.of("par.demo.enabled", "false")));
        }
        if (env.acceptsProfiles(Profiles.of("postgres"))) {
            String adminPassword = env.getProperty("camunda.bpm.admin-user.password");
            requireSecret(adminPassword, "PAR_ADMIN_PASSWORD", MIN_ADMIN_PASSWORD);
            String admin = env.getProperty("camunda.bpm.admin-user.id", "admin");
            if (new PasswordStrength().problem(admin, adminPassword).isPresent()) {
                throw new IllegalStateException("Refusing to start the production profile: PAR_ADMIN_PASSWORD is easy to "
                        + "guess (repeats, sequences, a common password, words or the administrator's login)");
            }
            requireSecret(env.getProperty("spring.datasource.password"), "PAR_DB_PASSWORD", 1);
        }
    }

    private static void requireSecret(String value, String variable, int minLength) {
        if (value == null || value.isBlank() || SHIPPED.contains(value.toLowerCase()) || value.length() < minLength) {
            throw new IllegalStateException("Refusing to start the production profile: set " + variable
                    + " to a secret of at least " + minLength + " characters that is not a shipped default");
        }
    }
}
