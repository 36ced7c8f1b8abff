package vn.parindex.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.parindex.criteria.ScoringMethod;

/**
 * The steps of a production year that the tests take through the product's HTTP API, as a person's tools would: a
 * node on the production profile and an empty database, accounts handed over, a unit's answers, the survey's rates.
 */
public final class ProductionYear {

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final String ADMIN_PASSWORD = "Quan-tri-vien-2026";
    /** Every account's own password after the handed-over one: it must not contain the login. */
    public static final String OWN_PASSWORD = "Mat-khau-rieng-2026";

    private final int year;

    public ProductionYear(int year) {
        this.year = year;
    }

    /** A node on the production profile over a new, empty database, mailing to GreenMail; {@code extra} adds settings. */
    public static AppNode startNode(String name, Map<String, String> extra) {
        Map<String, String> settings = new LinkedHashMap<>(Map.of(
                "spring.profiles.active", "postgres",
                "spring.datasource.url", TestDatabase.emptyDatabase("par_" + name.replace('-', '_')),
                "camunda.bpm.admin-user.password", ADMIN_PASSWORD,
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(TestMail.port()),
                "par.mail.send-every", "PT1S"));
        settings.putAll(extra);
        return AppNode.start(name, "512m", settings);
    }

    /** Uploads an accounts sheet filled from the template; the initial passwords by login. */
    public static Map<String, String> handOver(Http manager, List<List<String>> rows) throws IOException {
        byte[] sheet = Workbooks.withRows(manager.getBytes("/api/accounts/template.xlsx").body(), rows);
        HttpResponse<byte[]> handover = manager.uploadForBytes("/api/accounts/import", "tai-khoan.xlsx", sheet);
        assertThat(handover.statusCode()).as(new String(handover.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return Workbooks.column(handover.body(), 0, 3);
    }

    /** Logs in with the handed-over password, chooses {@link #OWN_PASSWORD} and works with it. */
    public static Http ownPassword(int port, String login, String handedOver) {
        HttpResponse<String> changed = Http.as(port, login, handedOver).json("POST", "/api/me/password",
                "{\"currentPassword\":\"" + handedOver + "\",\"newPassword\":\"" + OWN_PASSWORD + "\"}");
        assertThat(changed.statusCode()).as(login + ": " + changed.body()).isEqualTo(204);
        return Http.as(port, login, OWN_PASSWORD);
    }

    /**
     * Saves full marks on every leaf the unit enters but those given in {@code answers}, with evidence where
     * required; the submission is left to the caller.
     */
    public void answer(Http official, String unit, Map<String, BigDecimal> answers) throws IOException {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (JsonNode leaf : JSON.readTree(official.get(file(unit)).body()).path("leaves")) {
            ScoringMethod method = ScoringMethod.valueOf(leaf.path("method").asText());
            if (method == ScoringMethod.SURVEY) {
                continue;
            }
            String code = leaf.path("code").asText();
            entries.add(Map.of("leafCode", code, "value", answers.getOrDefault(code, method.fullMarksInput())));
            if (leaf.path("evidenceRequired").asBoolean()) {
                HttpResponse<String> uploaded = official.upload(file(unit) + "/evidence", "kiem-chung.pdf",
                        "%PDF-1.4 tài liệu kiểm chứng".getBytes(StandardCharsets.UTF_8), "leafCode", code);
                assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(200);
            }
        }
        HttpResponse<String> saved = official.json("PUT", file(unit) + "/answers", JSON.writeValueAsString(entries));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    /** The same rate on every survey leaf of every unit, as the survey office's import sends it. */
    public String surveyRates(Http standingBody, List<String> units, int rate) throws IOException {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (String unit : units) {
            for (JsonNode leaf : JSON.readTree(standingBody.get(file(unit)).body()).path("leaves")) {
                if (leaf.path("method").asText().equals("SURVEY")) {
                    entries.add(Map.of("unitCode", unit, "leafCode", leaf.path("code").asText(), "rate", rate));
                }
            }
        }
        return JSON.writeValueAsString(entries);
    }

    /** The year's overview as the standing body's workspace reads it. */
    public JsonNode overview(Http standingBody) {
        return read(standingBody.get("/api/cycles/" + year + "/overview").body());
    }

    /** The id of the one task of this key waiting in the process of this business key, as the user may see it. */
    public String taskId(Http user, String businessKey, String taskKey) {
        JsonNode found = read(user.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey
                + "&taskDefinitionKey=" + taskKey).body());
        assertThat(found.size()).as("tasks %s of %s", taskKey, businessKey).isEqualTo(1);
        return found.get(0).path("id").asText();
    }

    /** Whether a task of this key waits in the process of this business key, for this user. */
    public boolean waits(Http user, String businessKey, String taskKey) {
        return user.get("/engine-rest/task/count?processInstanceBusinessKey=" + businessKey + "&taskDefinitionKey=" + taskKey)
                .body().contains("\"count\":1");
    }

    public String file(String unit) {
        return "/api/cycles/" + year + "/assessments/" + unit;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
