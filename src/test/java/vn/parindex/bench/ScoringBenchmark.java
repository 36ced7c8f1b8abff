package vn.parindex.bench;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.assessment.AnswerInput;
import vn.parindex.assessment.Assessment;
import vn.parindex.assessment.Assessments;
import vn.parindex.assessment.AssessmentScorer;
import vn.parindex.assessment.AssessmentService;
import vn.parindex.assessment.Stage;
import vn.parindex.criteria.Leaf;
import vn.parindex.ranking.ResultService;
import vn.parindex.rules.RulesFolderFactory;
import vn.parindex.scoring.RuleBuilds;
import vn.parindex.scoring.ScoringService;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.support.TestRules;

/**
 * Prints the time to score N units x the sample catalogue from their stored inputs, loaded from PostgreSQL one
 * unit at a time (a unit's page) and for the whole year at once (what-if, rescoring, publication), cold and warm, and
 * the time to build the rule base; then the time to compute and store the year's preliminary results, its final ones
 * (the same points again) and the final ones once more. Run: {@code ./mvnw -Pbench verify}.
 */
class ScoringBenchmark extends IntegrationTest {

    @Autowired AssessmentService assessmentService;
    @Autowired Assessments assessments;
    @Autowired AssessmentScorer scorer;
    @Autowired ScoringService scoring;
    @Autowired JdbcTemplate jdbc;
    @Autowired ResultService results;

    @Test
    void scoreUnitsFromStoredInputs() throws InterruptedException {
        for (int i = 1; i <= 3; i++) {
            long t0 = System.nanoTime();
            RuleBuilds.build(RulesFolderFactory.of(TestRules.dir().toString()));
            System.out.printf("BENCH rule base build #%d: %.0f ms%n", i, (System.nanoTime() - t0) / 1e6);
        }
        int year = 2080;
        for (String n : System.getProperty("bench.units", "200,3321").split(",")) {
            int units = Integer.parseInt(n.trim());
            List<Assessment> files = prepare(units, year++);
            for (String pass : List.of("cold", "warm")) {
                long t0 = System.nanoTime();
                BigDecimal sum = BigDecimal.ZERO;
                for (Assessment a : files) {
                    sum = sum.add(scorer.evaluate(assessments.get(a.year(), a.unitCode()), Stage.RESULT).total().getIndex());
                }
                double ms = (System.nanoTime() - t0) / 1e6;
                System.out.printf("BENCH score N=%d %s: %.0f ms in total, %.2f ms per unit (mean index %.2f)%n",
                        units, pass, ms, ms / units, sum.doubleValue() / units);
            }
            for (String pass : List.of("cold", "warm")) {
                HeapSampler heap = new HeapSampler();
                long t0 = System.nanoTime();
                BigDecimal[] sum = {BigDecimal.ZERO};
                scorer.evaluateAll(files.get(0).year(), files, Stage.RESULT, scoring.currentRuleHash(),
                        scored -> scored.forEach(s -> sum[0] = sum[0].add(s.evaluation().total().getIndex())));
                double ms = (System.nanoTime() - t0) / 1e6;
                System.out.printf("BENCH score N=%d the whole year at once (what-if, rescoring, publication) %s: %.0f ms "
                        + "in total, %.2f ms per unit (mean index %.2f); %s%n", units, pass, ms, ms / units,
                        sum[0].doubleValue() / units, heap.stop());
            }
            for (String stage : List.of(ResultService.PRELIMINARY, ResultService.FINAL, ResultService.FINAL)) {
                long t0 = System.nanoTime();
                results.compute(files.get(0).year(), stage, "bench");
                System.out.printf("BENCH compute and store N=%d %s results (the survey's and the approval's job): %.0f ms%n",
                        units, stage, (System.nanoTime() - t0) / 1e6);
            }
        }
    }

    /** N synthetic communes of one year, each with every self-scored leaf answered. */
    private List<Assessment> prepare(int n, int year) {
        List<String> codes = scenario.registerCommunes("S" + year, n, "Khối xã " + year);
        year = scenario.openYear(codes);
        List<Leaf> leaves = scenario.leaves(year, codes.get(0));
        List<AnswerInput> answers = leaves.stream().filter(l -> l.method().enteredByUnit())
                .map(l -> new AnswerInput(l.code(), l.method().fullMarksInput(), false, "Báo cáo năm", null)).toList();
        for (String code : codes) {
            assessmentService.saveAnswers(year, code, answers, Scenario.unit(code));
        }
        jdbc.execute("analyze");
        return assessments.findAll(year);
    }
}
