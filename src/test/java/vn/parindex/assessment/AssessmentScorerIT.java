package vn.parindex.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.year.CycleRepository;

/** A whole year evaluated group by group, the rules of each in a thread of their own: every file once, in order. */
class AssessmentScorerIT extends IntegrationTest {

    @Autowired AssessmentScorer scorer;
    @Autowired AssessmentService assessmentService;
    @Autowired AssessmentRepository assessments;
    @Autowired CycleRepository cycles;

    @Test
    void aYearOfMoreFilesThanAGroupIsEvaluatedWholeAndInOrder() {
        List<String> codes = scenario.registerCommunes("NHOM", 501, "Khối xã chấm theo nhóm");
        int year = scenario.openYear(codes);
        List<Assessment> files = assessments.findAll(year);
        String first = files.get(0).unitCode();
        String last = files.get(500).unitCode();
        for (String answered : List.of(first, last)) {
            assessmentService.saveAnswers(year, answered, Scenario.fullMarks(scenario.leaves(year, answered)),
                    Scenario.unit(answered));
        }

        List<List<AssessmentScorer.Scored>> groups = new ArrayList<>();
        scorer.evaluateAll(year, files, Stage.SELF, cycles.get(year).ruleHash(), groups::add);

        assertThat(groups).extracting(List::size).containsExactly(500, 1);
        List<AssessmentScorer.Scored> scored = groups.stream().flatMap(List::stream).toList();
        assertThat(scored).extracting(s -> s.file().unitCode()).containsExactlyElementsOf(codesOf(files));
        assertThat(scored).filteredOn(s -> s.evaluation().total().getAchieved().signum() > 0)
                .extracting(s -> s.file().unitCode()).containsExactly(first, last);
        assertThat(scored.get(0).evaluation().total().getAchieved())
                .isEqualByComparingTo(scored.get(500).evaluation().total().getAchieved()).isGreaterThan(BigDecimal.ZERO);
    }

    private static List<String> codesOf(List<Assessment> files) {
        return files.stream().map(Assessment::unitCode).toList();
    }
}
