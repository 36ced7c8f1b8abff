package vn.parindex.bench;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.assessment.AnswerInput;
import vn.parindex.assessment.AssessmentService;
import vn.parindex.criteria.Leaf;
import vn.parindex.review.AppraisalService;
import vn.parindex.security.Roles;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;

class PhaseProfile extends IntegrationTest {
    @Autowired AssessmentService assessments;
    @Autowired AppraisalService appraisal;
    @Autowired JdbcTemplate jdbc;

    @Test
    void phases() {
        scenario.ensureFixture();
        for (int k = 0; k < 2; k++) {
            int n = k == 0 ? 200 : 1000;
            List<String> codes = scenario.registerCommunes("Q" + k + "x" + System.nanoTime() % 100000, n, "Khối xã Q" + k);
            int year = scenario.openYear(codes);
            jdbc.execute("analyze");
            List<Leaf> leaves = scenario.leaves(year, codes.get(0));
            List<AnswerInput> answers = Scenario.fullMarks(leaves);
            if (k == 1) jdbc.execute("select pg_stat_statements_reset()");
            long t0 = System.nanoTime();
            for (String code : codes) {
                assessments.saveAnswers(year, code, answers, Scenario.unit(code));
                assessments.submit(year, code, Scenario.unit(code));
            }
            System.out.printf("PROF self N=%d %.0f ms%n", n, (System.nanoTime() - t0) / 1e6);
            if (k == 1) dump("self", n);
            scenario.runJobs(year);
            t0 = System.nanoTime();
            for (String code : codes) {
                appraisal.completeRound(year, code, Scenario.role(Roles.APPRAISAL_TEAM));
            }
            System.out.printf("PROF appraisal N=%d %.0f ms%n", n, (System.nanoTime() - t0) / 1e6);
            if (k == 1) dump("appr", n);
        }
    }

    private void dump(String phase, int n) {
        jdbc.queryForList("select calls, round(total_exec_time::numeric,1) ex, round(total_plan_time::numeric,1) pl, rows, left(regexp_replace(query,'\\s+',' ','g'),160) q from pg_stat_statements where query not like '%pg_stat%' order by calls desc, total_exec_time desc limit 90")
                .forEach(r -> System.out.println("PROF " + phase + " " + r));
        System.out.println("PROF " + phase + " sum " + jdbc.queryForList("select sum(calls) c, round(sum(total_exec_time)::numeric) ex, round(sum(total_plan_time)::numeric) pl from pg_stat_statements"));
        jdbc.execute("select pg_stat_statements_reset()");
    }
}
