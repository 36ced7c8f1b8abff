package vn.parindex.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;

/** Headers on every response, writes only with the anti-forgery header or from this site, health for anyone. */
class SecurityHeadersIT extends IntegrationTest {

    @Test
    void everyResponseForbidsSniffingFramingAndLeakingTheAddressAndTheAppsPagesRunOnlyTheirOwnScripts() {
        Http anonymous = Http.anonymous(port);
        for (String path : List.of("/ket-qua.html", "/kien-nghi.html", "/ket-qua.js", "/public-api/years", "/api/me")) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).as(path).contains("SAMEORIGIN");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .contains(SecurityHeaders.APP_POLICY);
        }
        assertThat(anonymous.get("/ket-qua.html").body()).as("no inline script for the policy to block")
                .doesNotContain("<script>");
        HttpResponse<String> tasklist = anonymous.get("/camunda/app/tasklist/default/");
        assertThat(tasklist.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(tasklist.headers().firstValue("Content-Security-Policy")).as("Camunda's own policy")
                .hasValueSatisfying(csp -> assertThat(csp).contains("nonce-"));
    }

    /**
     * Camunda keeps the nonce in a servlet-context attribute shared by all requests; without a view per request, two
     * users opening the Tasklist at once got a page whose scripts carried the other's nonce and were all blocked.
     */
    @Test
    void everyTasklistPageCarriesTheNonceOfItsOwnPolicyWhenManyAreOpenedAtOnce() throws Exception {
        Http anonymous = Http.anonymous(port);
        Pattern policyNonce = Pattern.compile("'nonce-([^']+)'");
        Pattern pageNonce = Pattern.compile("nonce=\"([^\"]+)\"");
        List<String> mismatches = IntStream.range(0, 400).parallel().mapToObj(i -> {
            HttpResponse<String> page = anonymous.get("/camunda/app/tasklist/default/");
            Matcher policy = policyNonce.matcher(page.headers().firstValue("Content-Security-Policy").orElse(""));
            Matcher script = pageNonce.matcher(page.body());
            return policy.find() && script.find() && policy.group(1).equals(script.group(1)) ? null
                    : "request " + i;
        }).filter(Objects::nonNull).toList();
        assertThat(mismatches).isEmpty();
    }

    @Test
    void writesNeedTheAntiForgeryHeaderOrThisSitesOriginWhateverTheAuthentication() {
        scenario.ensureUser("nv-forgery", "standing-body");
        Http tool = Http.as(port, "nv-forgery", "pw");
        Http forged = tool.withoutAntiForgeryHeader();
        String reload = "/api/rules/reload";

        HttpResponse<String> refused = forged.json("POST", reload, "");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("thiếu tiêu đề X-Requested-With");
        assertThat(forged.json("POST", reload, "", "Origin", "http://trang-gia-mao.example").statusCode()).isEqualTo(403);
        assertThat(forged.json("POST", "/engine-rest/message", "{\"messageName\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(forged.get("/api/me").statusCode()).as("reading needs no header").isEqualTo(200);
        assertThat(forged.json("POST", reload, "", "Origin", "http://localhost:" + port).statusCode()).as("same origin")
                .isEqualTo(200);
        assertThat(tool.json("POST", reload, "").statusCode()).isEqualTo(200);
    }

    @Test
    void healthAnswersAnyoneAndMetricsOnlyAdministrators() {
        scenario.ensureUser("td1-metrics", "unit-TD1");
        HttpResponse<String> health = Http.anonymous(port).get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("details");
        assertThat(Http.anonymous(port).get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(Http.anonymous(port).get("/actuator/health/liveness").statusCode()).isEqualTo(200);

        assertThat(Http.anonymous(port).get("/actuator/metrics").statusCode()).isEqualTo(401);
        assertThat(Http.as(port, "td1-metrics", "pw").get("/actuator/metrics").statusCode()).isEqualTo(403);
        HttpResponse<String> metrics = Http.as(port, "admin", "admin").get("/actuator/metrics/jvm.memory.used");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("\"name\":\"jvm.memory.used\"");
    }
}
