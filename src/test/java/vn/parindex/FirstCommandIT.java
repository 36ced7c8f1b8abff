package vn.parindex;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileSystemUtils;
import vn.parindex.support.AppNode;
import vn.parindex.support.Await;
import vn.parindex.support.Http;
import vn.parindex.support.RuleDrafts;
import vn.parindex.support.TasklistSession;
import vn.parindex.support.Workbooks;

/**
 * The README's first command, as a new user meets it: the application started with nothing set (the embedded
 * PostgreSQL under a fresh ./data, the demo data, the packaged rules), a unit finding its 2025 self-assessment in the
 * Tasklist, the published results on the public page, and no plain GET anywhere answering a server error, whoever asks.
 */
class FirstCommandIT {

    /** Every demo role, and a stranger; passwords as the README gives them. */
    private static final Map<String, String> USERS = new LinkedHashMap<>();

    static {
        USERS.put("hp_stp", "demo");
        USERS.put("td-noivu", "demo");
        USERS.put("noivu", "demo");
        USERS.put("hoidong", "demo");
        USERS.put("kiennghi", "demo");
        USERS.put("lanhdao", "demo");
        USERS.put("dieutra", "demo");
        USERS.put("admin", "admin");
    }

    /** Values tried for each path variable: a demo value, one of another time, and one that names nothing. */
    private static final Map<String, List<String>> VARIABLES = Map.of(
            "year", List.of("2025", "2024", "1999"),
            "unitCode", List.of("HP_STP", "STP", "KHONG_CO"),
            "code", List.of("HP_STP", "KHONG_CO"),
            "id", List.of("1", "999999"));
    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    private static Path workingDirectory;
    private static AppNode app;

    @BeforeAll
    static void startAsTheReadmeSays() throws IOException, InterruptedException {
        workingDirectory = Files.createTempDirectory("par-first-command");
        app = AppNode.firstCommand(workingDirectory);
        Await.until("the demo's 2025 self-assessment in hp_stp's Tasklist", Duration.ofSeconds(240),
                () -> !selfAssessments2025().isEmpty());
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        FileSystemUtils.deleteRecursively(workingDirectory);
    }

    @Test
    void keepsItsDatabaseUnderDataInTheWorkingDirectory() {
        assertThat(workingDirectory.resolve("data/postgres/PG_VERSION")).content().isEqualToIgnoringNewLines("15");
    }

    @Test
    void aUnitFindsItsSelfAssessmentInTheTasklist() {
        assertThat(selfAssessments2025()).singleElement().asString()
                .isEqualTo("Tự đánh giá CCHC năm 2025: Sở Tư pháp thành phố Hải Phòng");
    }

    @Test
    void thePublicResultsPageShowsThePublishedYears() throws IOException {
        assertThat(Http.anonymous(app.port()).get("/ket-qua.html").statusCode()).isEqualTo(200);
        JsonNode results = new ObjectMapper().readTree(Http.anonymous(app.port()).get("/public-api/years/2024/results").body());
        assertThat(results.toString()).contains("Sở Tư pháp");
    }

    @Test
    void noPlainGetAnswersAServerError() throws IOException {
        List<String> paths = new ArrayList<>(apiPaths());
        paths.addAll(pages());
        assertThat(paths).hasSizeGreaterThan(40).contains("/api/units/{code}", "/public-api/years", "/ket-qua.html");

        List<String> errors = new ArrayList<>();
        List<Http> callers = new ArrayList<>(List.of(Http.anonymous(app.port())));
        USERS.forEach((user, password) -> callers.add(Http.as(app.port(), user, password)));
        int requests = 0;
        for (String path : paths.stream().flatMap(FirstCommandIT::withValues).toList()) {
            for (int i = 0; i < callers.size(); i++) {
                HttpResponse<byte[]> response = callers.get(i).getBytes(path);
                requests++;
                if (response.statusCode() >= 500) {
                    String who = i == 0 ? "anonymous" : List.copyOf(USERS.keySet()).get(i - 1);
                    errors.add(response.statusCode() + " GET " + path + " as " + who);
                }
            }
        }
        assertThat(errors).as("server errors among %d requests", requests).isEmpty();
    }

    /**
     * The standing body drafts a stricter 2022 scheme (group 1 needs every area at 85 %, and units rank within their
     * group first) and compares the demo's published 2023 with it: the Sở Ngoại vụ falls to group 2, below the Ban Dân
     * tộc whose index is lower, and nothing stored changes.
     */
    @Test
    void aDraftsWhatIfShowsTheDemosRanksChanging() throws IOException {
        Http standingBody = Http.as(app.port(), "noivu", "demo");
        byte[] table = Workbooks.edit(standingBody.getBytes("/api/classification-schemes.xlsx").body(), wb -> {
            for (Row row : wb.getSheetAt(0)) {
                if (row.getCell(0).getStringCellValue().equals("HD2022")) {
                    row.getCell(3, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("x");
                    if (row.getCell(4).getNumericCellValue() == 1) {
                        row.getCell(7, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue("AREA");
                        row.getCell(8, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(85);
                    }
                }
            }
        });
        long draft = RuleDrafts.id(standingBody.upload("/api/classification-schemes", "cach-xep-loai.xlsx", table));
        try {
            Map<String, JsonNode> rows = new LinkedHashMap<>();
            new ObjectMapper().readTree(standingBody.get("/api/cycles/2023/what-if?ruleSet=" + draft).body())
                    .forEach(row -> rows.put(row.get("unitCode").asText(), row));
            assertThat(rows.get("SNGV").toString()).contains("\"storedClassification\":\"Nhóm 1\"", "\"storedRank\":9",
                    "\"draftClassification\":\"Nhóm 2\"", "\"draftRank\":10");
            assertThat(rows.get("BDT").toString()).contains("\"storedRank\":10", "\"draftRank\":9");
            JsonNode published = new ObjectMapper().readTree(Http.anonymous(app.port()).get("/public-api/years/2023/results").body());
            assertThat(published.findParents("unitCode")).filteredOn(row -> row.get("unitCode").asText().equals("SNGV"))
                    .singleElement().asString().as("the published result stays").contains("\"rank\":9", "\"classification\":\"Nhóm 1\"");
        } finally {
            standingBody.json("DELETE", "/api/rule-sets/" + draft, "");
        }
    }

    /** Every GET operation the API documents (springdoc, on in the embedded default). */
    private static List<String> apiPaths() throws IOException {
        JsonNode documented = new ObjectMapper().readTree(Http.anonymous(app.port()).get("/api-docs").body()).path("paths");
        List<String> paths = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = documented.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (entry.getValue().has("get")) {
                paths.add(entry.getKey());
            }
        }
        return paths;
    }

    /** The app's own pages and the engine's, and the error page. */
    private static List<String> pages() throws IOException {
        List<String> pages = new ArrayList<>(List.of("/", "/error", "/camunda/app/tasklist/default/",
                "/camunda/app/cockpit/default/", "/actuator/health"));
        for (Resource page : new PathMatchingResourcePatternResolver().getResources("classpath:static/*.html")) {
            pages.add("/" + page.getFilename());
        }
        return pages;
    }

    /** A path with each combination of the values tried for its variables. */
    private static Stream<String> withValues(String path) {
        Matcher variable = VARIABLE.matcher(path);
        if (!variable.find()) {
            return Stream.of(path);
        }
        List<String> values = VARIABLES.getOrDefault(variable.group(1), List.of("1"));
        return values.stream().flatMap(value -> withValues(path.substring(0, variable.start()) + value
                + path.substring(variable.end())));
    }

    private static List<String> selfAssessments2025() {
        try {
            TasklistSession unit = TasklistSession.login(app.port(), "hp_stp", "demo");
            JsonNode tasks = new ObjectMapper().readTree(unit.http()
                    .get("/camunda/api/engine/engine/default/task").body());
            return Arrays.stream(new ObjectMapper().treeToValue(tasks, JsonNode[].class))
                    .map(task -> task.path("name").asText()).filter(name -> name.contains("2025")).toList();
        } catch (IOException | IllegalStateException e) {
            return List.of();   // not up, or the demo's users not there yet
        }
    }
}
