package vn.parindex.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.assessment.Assessments;
import vn.parindex.security.Roles;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.survey.SurveyEntry;
import vn.parindex.survey.SurveyService;

/**
 * Worked example, by hand, for each unit type under HD2024 (sample catalogues: 70 appraised + 30 survey points).
 * TD2 (department) answers every leaf in full, on time, survey 100%: 100 / 100 = 100.00, Nhóm 1.
 * TD1 (department), TH1 (district) and TX1 (commune) submit after the deadline (penalty 2.00), mark 3.3 (3 points)
 * not applicable, and reach 25% on 1.2 (RATE, target 100, max 4: 1.00 point); survey 100% (30.00).
 * Applicable 100 - 3 = 97; achieved 67 - 3 + 30 = 94.00; minus 2.00 = 92.00; index 92 / 97 x 100 = 94.845 -> 94.85.
 * Area sub-indices of TD1: area 1 = (2 + 1 + 2 + 2) / 10 = 70.00; area 3 = (3 + 6) / 9 = 100.00 (3.3 not
 * applicable); area 8 = 30 / 30 = 100.00; area 9 (bonus and penalty items) has no sub-index.
 * The index is in the top band, but area 1's component index is below that band's 80% floor: Nhóm 2 (none below 70%).
 */
class WorkedExampleIT extends IntegrationTest {

    @Autowired ResultService results;
    @Autowired SurveyService surveys;
    @Autowired Assessments assessments;

    @Test
    void eachUnitTypeIsScoredClassifiedAndRankedAsComputedByHand() {
        int year = scenario.openYear(List.of("TD1", "TD2", "TH1", "TX1"), "HD2024", "SHARE");
        scenario.throughAppraisal(year, "TD2", Map.of());
        scenario.advance(year, Duration.ofDays(11));
        for (String unit : List.of("TD1", "TH1", "TX1")) {
            scenario.fillAll(year, unit, Map.of("1.2", BigDecimal.valueOf(25)), Set.of("3.3"));
            scenario.submit(year, unit);
            scenario.appraise(year, unit, List.of());
        }
        List<SurveyEntry> survey = new ArrayList<>();
        for (String unit : List.of("TD1", "TD2", "TH1", "TX1")) {
            List.of("8.1", "8.2", "8.3").forEach(leaf -> survey.add(new SurveyEntry(unit, leaf, BigDecimal.valueOf(100))));
        }
        surveys.importResults(year, survey, Scenario.role(Roles.SURVEY_OFFICE));
        surveys.complete(year, Scenario.role(Roles.SURVEY_OFFICE));
        scenario.runJobs(year);

        assertThat(assessments.get(year, "TD1").late()).isTrue();
        assertThat(assessments.get(year, "TD2").late()).isFalse();
        assertThat(results.results(year, ResultService.PRELIMINARY)).extracting(r -> r.unitCode() + " " + r.applicable()
                        + " " + r.achieved() + " " + r.penalty() + " " + r.index() + " " + r.classification() + " " + r.rank())
                .containsExactly(
                        "TH1 97.00 94.00 2.00 94.85 Nhóm 2 1",
                        "TD2 100.00 100.00 0.00 100.00 Nhóm 1 1",
                        "TD1 97.00 94.00 2.00 94.85 Nhóm 2 2",
                        "TX1 97.00 94.00 2.00 94.85 Nhóm 2 1");
        Map<String, BigDecimal> areas = results.areaIndices(year, ResultService.PRELIMINARY).get("TD1");
        assertThat(areas).containsEntry("1", new BigDecimal("70.00")).containsEntry("3", new BigDecimal("100.00"))
                .containsEntry("8", new BigDecimal("100.00")).containsEntry("9", null).hasSize(9);
    }
}
