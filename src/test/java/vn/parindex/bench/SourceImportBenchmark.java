package vn.parindex.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * Prints the time and heap of importing a year of source figures for N communes (shipped sample mapping: 6 indicators)
 * as one file over HTTP (3,321 × 6 × 12 = 239,112 rows), then the same file again (nothing changes). As a portal
 * export is, a third of the communes' rows are keyed by electronic identifier only, a third by both keys, a third by
 * the unit code only. Target: the year
 * under 10 s within a 512 MB heap: {@code ./mvnw -Pbench test -Dtest=SourceImportBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtest.jvm.args=-Xmx512m} (units: -Dbench.source-units=3321).
 */
class SourceImportBenchmark extends IntegrationTest {

    private static final List<String> INDICATORS = List.of("TTHC_DUNG_HAN", "TTHC_XIN_LOI", "DVC_TOAN_TRINH",
            "SO_HOA_KET_QUA", "THANH_TOAN_TRUC_TUYEN", "TAI_SU_DUNG_DU_LIEU");

    @Autowired CycleOpening opening;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aYearInOneFile(@TempDir Path dir) throws IOException, InterruptedException {
        int n = Integer.getInteger("bench.source-units", 3321);
        int year = 2079;
        List<String> codes = scenario.registerCommunesWithIdentifiers("SRC", n, "Khối xã thử số liệu nguồn");
        opening.open(new OpenCycleRequest(year, EngineClock.now().plusDays(30), codes, null, null, Duration.ofDays(5),
                null, null, null, null, null, null), Scenario.role(Roles.STANDING_BODY));
        scenario.ensureUser("nv-source-bench", Roles.STANDING_BODY);
        Http standingBody = Http.as(port, "nv-source-bench", "pw");
        Path file = yearFile(dir, codes, year);
        System.out.printf("BENCH N=%d source figures: one file of %d rows, %,d bytes%n", n, 12 * n * INDICATORS.size(),
                Files.size(file));

        String imported = importFile(standingBody, file, year, codes.size(), "the year");
        String again = importFile(standingBody, file, year, codes.size(), "the year again");

        assertThat(imported).contains("\"monthsChanged\":" + 12 * n * INDICATORS.size());
        assertThat(again).contains("\"monthsChanged\":0", "\"leavesOffered\":0", "\"leavesFlagged\":0");
        assertThat(jdbc.queryForObject("select count(*) from source_figure where year = ?", Long.class, year))
                .isEqualTo(12L * n * INDICATORS.size());
    }

    private String importFile(Http http, Path file, int year, int n, String what) throws IOException, InterruptedException {
        HeapSampler heap = new HeapSampler();
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.upload("/api/cycles/" + year + "/source-figures/import", "so-lieu-nam.xlsx", file);
        double s = (System.nanoTime() - t0) / 1e9;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        System.out.printf("BENCH N=%d %-16s %6.1f s  %s  %s%n", n, what, s, response.body(), heap.stop());
        return response.body();
    }

    /**
     * Every month of every commune's six indicators, streamed to disk with shared strings, as Excel saves the filled-in
     * template (SXSSF's default, a string inside each cell, costs POI an XMLBeans object per cell read).
     */
    private static Path yearFile(Path dir, List<String> codes, int year) throws IOException {
        Path file = dir.resolve("so-lieu-nam.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, true)) {
            Sheet sheet = wb.createSheet("Số liệu");
            row(sheet, 0, "Mã đơn vị", "Mã định danh điện tử", "Mã chỉ tiêu", "Kỳ (tháng/năm)", "Tử số", "Mẫu số",
                    "Nguồn số liệu", "Ngày trích xuất");
            int r = 1;
            for (int month = 1; month <= 12; month++) {
                for (int i = 0; i < codes.size(); i++) {
                    String code = codes.get(i);
                    String id = Scenario.electronicId("SRC", i + 1);
                    String[] keys = i % 3 == 0 ? new String[] {"", id} : i % 3 == 1 ? new String[] {code, id}
                            : new String[] {code, ""};
                    for (String indicator : INDICATORS) {
                        int denominator = 20 + Math.abs((code + indicator + month).hashCode()) % 40;
                        row(sheet, r++, keys[0], keys[1], indicator, month + "/" + year,
                                String.valueOf(denominator - month % 3), String.valueOf(denominator),
                                "Cổng Dịch vụ công quốc gia", "05/01/2026");
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    /** A row whose empty values are no cells, as Excel saves them. */
    private static void row(Sheet sheet, int index, String... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (!values[c].isEmpty()) {
                row.createCell(c).setCellValue(values[c]);
            }
        }
    }
}
