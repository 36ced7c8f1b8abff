package vn.parindex.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Camunda's REST errors leave no exception class, SQL or database version to the client. */
class EngineRestErrorsTest {

    @Test
    void aServerErrorsInternalsAreReplacedByAVietnameseMessage() throws Exception {
        MockHttpServletResponse response = run(500, "{\"type\":\"ProcessEnginePersistenceException\",\"message\":\"### Error querying "
                + "database. Cause: org.postgresql.util.PSQLException: ERROR: ... PostgreSQL 15.4 SQL: select * from ACT_RU_TASK\"}");

        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("Lỗi hệ thống khi xử lý yêu cầu")
                .doesNotContain("PSQLException", "select", "PostgreSQL", "ProcessEnginePersistenceException");
    }

    @Test
    void whatAUserCausesIsA4xxWithoutInternals() throws Exception {
        MockHttpServletResponse gone = run(500, "{\"type\":\"NullPointerException\",\"message\":\"Cannot invoke "
                + "\\\"org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.getId()\\\" because \\\"task\\\" is null\"}");
        assertThat(gone.getStatus()).isEqualTo(404);
        assertThat(gone.getContentAsString(StandardCharsets.UTF_8)).contains("Không tìm thấy").doesNotContain("TaskEntity");

        MockHttpServletResponse refused = run(500, "{\"type\":\"ProcessEngineException\",\"message\":\"Object values "
                + "cannot be used to query\"}");
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("Yêu cầu không hợp lệ");
    }

    @Test
    void pagingParametersAreCheckedBeforeTheEngine() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
        request.setParameter("maxResults", "-5");
        MockHttpServletResponse response = new MockHttpServletResponse();
        new EngineRestErrors().doFilter(request, response, (req, res) -> {
            throw new AssertionError("the engine must not see it");
        });

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("maxResults phải là số nguyên không âm");
    }

    @Test
    void actingAtTheSameTimeAsAnotherIsAConflict() throws Exception {
        MockHttpServletResponse response = run(500, "{\"type\":\"OptimisticLockingException\",\"message\":\"ENGINE-03005 "
                + "Execution of 'UPDATE TaskEntity[42]' failed\"}");

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("vừa được người khác thay đổi")
                .doesNotContain("ENGINE-03005");
    }

    @Test
    void theReplacementCarriesItsOwnLengthThoughTheEngineDeclaredTheOriginalsFirst() throws Exception {
        byte[] original = "{\"type\":\"ProcessEngineException\",\"message\":\"No subscriptions were found\"}"
                .getBytes(StandardCharsets.UTF_8);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new EngineRestErrors().doFilter(new MockHttpServletRequest("POST", "/engine-rest/condition"), response,
                (req, res) -> {
                    HttpServletResponse http = (HttpServletResponse) res;
                    http.setContentLength(original.length);
                    http.setStatus(500);
                    http.getOutputStream().write(original);
                });

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
    }

    @Test
    void otherAnswersPassUnchanged() throws Exception {
        MockHttpServletResponse response = run(400, "{\"type\":\"InvalidRequestException\",\"message\":\"Cannot set query "
                + "parameter 'sortBy' to value 'foo'\"}");

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains("sortBy");
    }

    private static MockHttpServletResponse run(int status, String body) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        new EngineRestErrors().doFilter(new MockHttpServletRequest("GET", "/engine-rest/task"), response, (req, res) -> {
            HttpServletResponse http = (HttpServletResponse) res;
            http.setStatus(status);
            http.setContentLength(body.getBytes(StandardCharsets.UTF_8).length);
            http.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        });
        return response;
    }
}
