package vn.parindex.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.parindex.security.Roles;
import vn.parindex.support.AppNode;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.RawXlsx;

/**
 * Spreadsheets of 300,000 and 1,000,000 rows sent to a node whose heap is 256 MB (a JVM of its own that exits on
 * OutOfMemoryError): each is refused in Vietnamese and the node keeps answering. Prints time and heap per file.
 */
class BigSpreadsheetIT extends IntegrationTest {

    @Test
    void hugeSheetsAreRefusedWithinA256MbHeapAndTheServerKeepsAnswering(@TempDir Path dir) throws IOException {
        scenario.ensureUser("nv-big", Roles.STANDING_BODY);
        Map<String, Path> files = Map.of(
                "300,000 rows of numbers (streamed)", RawXlsx.write(dir.resolve("300k.xlsx"), 300_000, 3, (r, c) -> r + c, Map.of()),
                "1,000,000 rows of numbers (streamed)", RawXlsx.write(dir.resolve("1m.xlsx"), 1_000_000, 1, (r, c) -> r, Map.of()),
                "1,000,000 rows of text (refused by size)", RawXlsx.write(dir.resolve("1m-text.xlsx"), 1_000_000, 3,
                        (r, c) -> "Đơn vị " + r, Map.of()));
        try (AppNode node = AppNode.start("big-sheets", "256m", Map.of())) {
            Http standingBody = Http.as(node.port(), "nv-big", "pw");
            for (Map.Entry<String, Path> file : files.entrySet()) {
                for (String endpoint : new String[] {"/api/units/import", "/api/catalogue"}) {
                    long start = System.nanoTime();
                    HttpResponse<String> response = standingBody.upload(endpoint, "lon.xlsx", file.getValue());
                    long millis = (System.nanoTime() - start) / 1_000_000;

                    assertThat(response.statusCode()).as(file.getKey() + " " + endpoint).isEqualTo(400);
                    assertThat(response.body()).as(file.getKey()).containsAnyOf("quá nhiều dòng (tối đa 20000",
                            "quá lớn khi giải nén");
                    assertThat(standingBody.get("/api/me").statusCode()).as("the node answers the next request").isEqualTo(200);
                    System.out.printf("[big-sheet] %s (%,d bytes) to %s: %d ms, heap used after %s%n", file.getKey(),
                            Files.size(file.getValue()), endpoint, millis, heapUsed(node));
                }
            }
        }
    }

    private static String heapUsed(AppNode node) {
        String body = Http.as(node.port(), "admin", "admin").get("/actuator/metrics/jvm.memory.used?tag=area:heap").body();
        String bytes = body.replaceAll("(?s).*\"value\":([0-9.E]+).*", "$1");
        return Math.round(Double.parseDouble(bytes) / (1 << 20)) + " MB";
    }
}
