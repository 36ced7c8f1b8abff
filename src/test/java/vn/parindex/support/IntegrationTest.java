package vn.parindex.support;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every *IT: one Spring context (shared by all of them) on real PostgreSQL, the real engine, rules
 * and bpmn/, served on a random port, sending e-mail to a GreenMail server ({@link TestMail}). The job executor is
 * off: tests run due jobs themselves after moving the engine clock. Signatures on PDFs are trusted up to
 * {@link TestAnchors}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"par.demo.enabled=false", "camunda.bpm.job-execution.enabled=false",
        // as behind docker/compose.yaml's proxy: a test names its client's address in X-Forwarded-For (Http.from)
        "server.forward-headers-strategy=native",
        // the embedded server may stop before the engine closes: do not wait long for a connection then
        "spring.datasource.hikari.connection-timeout=2000"})
@AutoConfigureMockMvc
public abstract class IntegrationTest {

    @Autowired
    protected Scenario scenario;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
        registry.add("par.rules-dir", () -> TestRules.dir().toString());
        registry.add("par.signatures.trust-dir", () -> TestAnchors.dir().toString());
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::port);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }
}
