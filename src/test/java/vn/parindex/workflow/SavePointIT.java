package vn.parindex.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.cycle.PreliminaryPublication;
import vn.parindex.security.Roles;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.year.CyclePhase;
import vn.parindex.year.Years;

/**
 * A save point: the standing body's click commits on its own; the publication after it runs as a job that, when it
 * keeps failing, is retried three times and becomes an incident (Cockpit shows it), and runs once an operator has
 * fixed the cause and given it a retry.
 */
class SavePointIT extends IntegrationTest {

    @Autowired PreliminaryPublication preliminary;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired Years cycles;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aFailingPublicationKeepsTheClickAndBecomesAnIncident() {
        int year = scenario.openYear(List.of("TD1"));
        scenario.throughAppraisal(year, "TD1", Map.of());
        scenario.importSurvey(year, Map.of("TD1", 80));

        preliminary.publish(year, Scenario.role(Roles.STANDING_BODY));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ProcessKeys.cycleKey(year)).count())
                .as("the review task is done").isZero();
        // something outside the flow moved the year on: the publication can no longer move it
        jdbc.update("update cycle set phase = ? where year = ?", CyclePhase.COMPLAINTS_CLOSED.name(), year);

        Job publication = management.createJobQuery()
                .processInstanceId(runtime.createProcessInstanceQuery().processInstanceBusinessKey(ProcessKeys.cycleKey(year))
                        .singleResult().getId()).singleResult();
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(publication.getId())).hasMessageContaining("không thể chuyển sang");
        }
        Incident incident = runtime.createIncidentQuery().configuration(publication.getId()).singleResult();
        assertThat(incident.getActivityId()).isEqualTo("Task_PublishPreliminaryResults");
        assertThat(incident.getIncidentMessage()).contains("không thể chuyển sang");
        assertThat(count("select count(*) from audit_log where year = ? and action = 'PRELIMINARY_PUBLISHED'", year))
                .as("the click stays committed").isEqualTo(1);

        jdbc.update("update cycle set phase = ? where year = ?", CyclePhase.OPEN.name(), year);
        management.setJobRetries(publication.getId(), 1);
        scenario.runJobs(year);
        assertThat(runtime.createIncidentQuery().incidentId(incident.getId()).count()).isZero();
        assertThat(cycles.get(year).phase()).isEqualTo(CyclePhase.PRELIMINARY_PUBLISHED);
    }

    private int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }
}
