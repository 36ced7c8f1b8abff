package vn.parindex.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.parindex.cycle.CycleOpening;
import vn.parindex.cycle.OpenCycleRequest;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.Scenario;
import vn.parindex.workflow.EngineClock;

/**
 * Prints the time and peak heap of the ranking workbook and the raw export of every score, downloaded over HTTP,
 * for N units of a really opened year (shipped sample catalogue) whose scores (four stages per leaf) and final
 * results are generated in SQL, so only the reports are measured. The targets are ≤ 10 s each within a 256 MB heap:
 * {@code ./mvnw -Pbench verify -Dtest=ReportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dtest.jvm.args=-Xmx256m}
 * (units: -Dbench.report-units=3321).
 */
class ReportBenchmark extends IntegrationTest {

    @Autowired CycleOpening opening;
    @Autowired JdbcTemplate jdbc;

    @Test
    void reports() throws InterruptedException, IOException {
        int n = Integer.getInteger("bench.report-units", 3321);
        int year = 2080;
        List<String> codes = scenario.registerCommunes("RPT", n, "Khối xã thử báo cáo");
        opening.open(new OpenCycleRequest(year, EngineClock.now().plusDays(30), codes, null, null, Duration.ofDays(5),
                null, null, null, null, null, null), Scenario.role(Roles.STANDING_BODY));
        int scores = storeScoresAndResults(year);
        System.out.printf("BENCH reports: %d units, %d stored scores%n", n, scores);
        scenario.ensureUser("nv-report-bench", Roles.STANDING_BODY);
        Http standingBody = Http.as(port, "nv-report-bench", "pw");
        for (int round = 1; round <= 2; round++) {
            download(standingBody, n, round, "ranking workbook", "/api/cycles/" + year + "/reports/ranking.xlsx?stage=FINAL");
            download(standingBody, n, round, "raw export of every score", "/api/cycles/" + year + "/reports/scores.xlsx");
        }
    }

    /** Reads the download to its end without keeping it, so the heap figure is the server's. */
    private void download(Http http, int n, int round, String what, String path) throws InterruptedException, IOException {
        HeapSampler heap = new HeapSampler();
        long t0 = System.nanoTime();
        HttpResponse<InputStream> response = http.stream(path);
        assertThat(response.statusCode()).isEqualTo(200);
        long bytes;
        try (InputStream in = response.body()) {
            bytes = in.transferTo(OutputStream.nullOutputStream());
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("BENCH N=%d %-26s (run %d) %6.1f s  %6.1f MB file  %s%n", n, what, round, s, bytes / 1e6, heap.stop());
    }

    /**
     * Every leaf scored at SELF, APPRAISAL_1, APPRAISAL_2 and RESULT (3,321 units x 63 leaves x 4 stages = 837k rows,
     * more than ~80 leaves at the usual three stages); final results and area sub-indices from the RESULT points.
     */
    private int storeScoresAndResults(int year) {
        int scores = jdbc.update("""
                insert into score (assessment_id, leaf_code, stage, points, applicable, rule_hash, actor, reason, created_at)
                select a.id, l.code, st.stage, round(l.max_points * (0.6 + random() * 0.4)::numeric, 2), true, c.rule_hash,
                       'td-bench', 'Theo tài liệu kiểm chứng', now()
                from assessment a join cycle c on c.year = a.year
                join cycle_leaf l on l.year = a.year and l.unit_type = a.unit_type
                cross join (values ('SELF'), ('APPRAISAL_1'), ('APPRAISAL_2'), ('RESULT')) st (stage)
                where a.year = ?""", year);
        jdbc.update("""
                insert into unit_area_result (year, unit_code, stage, area_code, achieved, applicable, index_value)
                select a.year, a.unit_code, 'FINAL', l.area_code, sum(s.points), sum(l.max_points),
                       round(100 * sum(s.points) / sum(l.max_points), 2)
                from score s join assessment a on a.id = s.assessment_id
                join cycle_leaf l on l.year = a.year and l.unit_type = a.unit_type and l.code = s.leaf_code
                where a.year = ? and s.stage = 'RESULT' group by a.year, a.unit_code, l.area_code""", year);
        jdbc.update("""
                insert into unit_result (year, unit_code, stage, ranking_block, achieved, penalty, applicable, index_value,
                                         appraised, classification, rank_in_block, rule_hash, computed_at)
                select a.year, a.unit_code, 'FINAL', u.ranking_block, t.achieved, 0, 100, least(t.achieved, 100), t.achieved,
                       case when t.achieved >= 90 then 'Tốt' when t.achieved >= 80 then 'Khá' else 'Trung bình' end,
                       rank() over (partition by u.ranking_block order by t.achieved desc), c.rule_hash, now()
                from assessment a join unit u on u.code = a.unit_code join cycle c on c.year = a.year
                join (select assessment_id, least(sum(points), 999) achieved from score where stage = 'RESULT'
                      group by assessment_id) t on t.assessment_id = a.id
                where a.year = ?""", year);
        jdbc.execute("analyze");
        return scores;
    }
}
