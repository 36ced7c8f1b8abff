package vn.parindex.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.TasklistSession;

/**
 * Who may hold a task, through {@code /engine-rest} and the Tasklist: a user claims only for himself and only as a
 * candidate, gives back only his own task, and only an administrator assigns or delegates, always to a candidate.
 */
class TaskHoldersIT extends IntegrationTest {

    @Autowired TaskService tasks;

    @Test
    void aUserClaimsOnlyForHimselfAndOnlyAsACandidate() {
        scenario.ensureUser("th-td1", Roles.unitGroup("TD1"));
        scenario.ensureUser("th-td1b", Roles.unitGroup("TD1"));
        scenario.ensureUser("th-td2", Roles.unitGroup("TD2"));
        int year = scenario.openYear(List.of("TD1"));
        String task = scenario.task(ProcessKeys.unitKey(year, "TD1"), TaskKeys.SELF_ASSESSMENT).getId();
        String claim = "/engine-rest/task/" + task + "/claim";
        Http td1 = Http.as(port, "th-td1", "pw");
        Http colleague = Http.as(port, "th-td1b", "pw");

        HttpResponse<String> forAnother = td1.json("POST", claim, "{\"userId\":\"th-td2\"}");
        assertThat(forAnother.statusCode()).isEqualTo(403);
        assertThat(forAnother.body()).contains("Chỉ được nhận hoặc trả lại công việc của chính mình");
        assertThat(TasklistSession.login(port, "th-td1", "pw")
                .post("/camunda/api/engine/engine/default/task/" + task + "/claim", "{\"userId\":\"th-td1b\"}")
                .statusCode()).isEqualTo(403);
        assertThat(Http.as(port, "th-td2", "pw").json("POST", claim, "{\"userId\":\"th-td2\"}").statusCode())
                .as("not a candidate").isEqualTo(403);
        assertThat(assignee(task)).isNull();

        assertThat(td1.json("POST", claim, "{\"userId\":\"th-td1\"}").statusCode()).isEqualTo(204);
        HttpResponse<String> completedByColleague = colleague.json("POST", "/engine-rest/task/" + task + "/complete", "{}");
        assertThat(completedByColleague.statusCode()).isEqualTo(403);
        assertThat(completedByColleague.body()).contains("đang do người dùng th-td1 nhận xử lý");
        HttpResponse<String> submittedByColleague = colleague.json("POST", "/api/cycles/" + year + "/assessments/TD1/submit", null);
        assertThat(submittedByColleague.statusCode()).as("nor through the application's API").isEqualTo(403);
        assertThat(submittedByColleague.body()).contains("Bạn không được giao xử lý công việc này.");
        assertThat(scenario.task(ProcessKeys.unitKey(year, "TD1"), TaskKeys.SELF_ASSESSMENT).getId()).isEqualTo(task);
        assertThat(colleague.json("POST", "/engine-rest/task/" + task + "/unclaim", null).statusCode()).isEqualTo(403);
        HttpResponse<String> takenBack = colleague.json("POST", claim, "{\"userId\":null}");
        assertThat(takenBack.statusCode()).isEqualTo(403);
        assertThat(takenBack.body()).contains("Chỉ được nhận hoặc trả lại công việc của chính mình");
        assertThat(assignee(task)).isEqualTo("th-td1");
        assertThat(td1.json("POST", claim, "{\"userId\":null}").statusCode()).as("gives it back").isEqualTo(204);
        assertThat(assignee(task)).isNull();
    }

    @Test
    void anAdministratorAssignsAndDelegatesOnlyToCandidates() {
        scenario.ensureUser("th-admin", Roles.ADMIN);
        scenario.ensureUser("th-td1c", Roles.unitGroup("TD1"));
        scenario.ensureUser("th-td2c", Roles.unitGroup("TD2"));
        int year = scenario.openYear(List.of("TD1"));
        String task = scenario.task(ProcessKeys.unitKey(year, "TD1"), TaskKeys.SELF_ASSESSMENT).getId();
        Http admin = Http.as(port, "th-admin", "pw");

        HttpResponse<String> outsider = admin.json("POST", "/engine-rest/task/" + task + "/assignee", "{\"userId\":\"th-td2c\"}");
        assertThat(outsider.statusCode()).isEqualTo(403);
        assertThat(outsider.body()).contains("Người dùng th-td2c không thuộc nhóm được giao công việc này");
        assertThat(admin.json("POST", "/engine-rest/task/" + task + "/delegate", "{\"userId\":\"th-td2c\"}").statusCode())
                .isEqualTo(403);
        assertThat(assignee(task)).isNull();

        assertThat(admin.json("POST", "/engine-rest/task/" + task + "/assignee", "{\"userId\":\"th-td1c\"}").statusCode())
                .isEqualTo(204);
        assertThat(assignee(task)).isEqualTo("th-td1c");
        assertThat(Http.as(port, "th-td2c", "pw").get("/engine-rest/task/" + task).statusCode()).isIn(403, 404);
    }

    private String assignee(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee();
    }
}
