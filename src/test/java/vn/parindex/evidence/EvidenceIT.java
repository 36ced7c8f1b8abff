package vn.parindex.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.assessment.AnswerInput;
import vn.parindex.security.Roles;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;

/** Evidence over HTTP: real type from the bytes, content streamed in chunks and kept once, frozen after submission. */
class EvidenceIT extends IntegrationTest {

    private static final String PDF_MEDIA_TYPE = "application/pdf";

    @Autowired JdbcClient jdbc;
    @Autowired EvidenceCleanup cleanup;

    private Http unit;
    private int year;

    @BeforeEach
    void openYear() {
        scenario.ensureFixture();
        scenario.ensureUser("td1-evidence", Roles.unitGroup("TD1"));
        unit = Http.as(port, "td1-evidence", "pw");
        year = scenario.openYear(List.of("TD1"));
    }

    @Test
    void officeDocumentsAndImagesAreRecognisedByTheirBytes() throws IOException {
        assertThat(mediaTypeOf(upload("bao-cao.docx", docx()))).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(mediaTypeOf(upload("so-lieu.xls", oldExcel()))).isEqualTo("application/vnd.ms-excel");
        assertThat(mediaTypeOf(upload("anh-chup.png", png()))).isEqualTo("image/png");
        assertThat(mediaTypeOf(upload("quyet-dinh.docx", pdf(10)))).as("the bytes decide, not the name")
                .isEqualTo(PDF_MEDIA_TYPE);
    }

    @Test
    void aFileWhoseBytesDoNotMatchAnAllowedTypeIsRefusedAndNothingIsStored() throws IOException {
        long before = rows("evidence") + rows("evidence_content");
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("a.txt"));
            out.write("xin chào".getBytes(StandardCharsets.UTF_8));
        }
        byte[] executable = Arrays.copyOf("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), 512);
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        for (Map.Entry<String, byte[]> file : Map.of("nen.pdf", zip.toByteArray(), "chuong-trinh.pdf", executable,
                "nhieu.pdf", noise, "van-ban.docx", "chỉ là văn bản".getBytes(StandardCharsets.UTF_8)).entrySet()) {
            HttpResponse<String> refused = upload(file.getKey(), file.getValue());
            assertThat(refused.statusCode()).as(file.getKey()).isEqualTo(400);
            assertThat(refused.body()).contains("không đúng loại cho phép");
        }
        HttpResponse<String> tooLarge = upload("lon.pdf", pdf(20 * 1024 * 1024 + 1));
        assertThat(tooLarge.statusCode()).isEqualTo(400);
        assertThat(tooLarge.body()).contains("vượt quá dung lượng cho phép (20 MB)");
        assertThat(rows("evidence") + rows("evidence_content")).isEqualTo(before);
    }

    @Test
    void aLargeFileIsStoredInChunksOnceAndComesBackByteForByte() {
        byte[] content = pdf(2 * DatabaseContentStore.CHUNK_BYTES + 12_345);
        String first = idOf(upload("bao-cao-lon.pdf", content));
        String second = idOf(upload("ban-sao.pdf", content));
        assertThat(second).isNotEqualTo(first);
        String sha256 = jdbc.sql("select sha256 from evidence where id = ?").param(Long.parseLong(first))
                .query(String.class).single();
        assertThat(jdbc.sql("select count(*) from evidence_content where sha256 = ?").param(sha256).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from evidence_chunk where sha256 = ?").param(sha256).query(Long.class).single())
                .isEqualTo(3);
        HttpResponse<byte[]> download = unit.getBytes(evidencePath() + "/" + second);
        assertThat(download.headers().firstValue("Content-Length")).hasValue(String.valueOf(content.length));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v).contains("ban-sao.pdf"));
        assertThat(download.body()).isEqualTo(content);
    }

    @Test
    void aFileWhoseContentIsLostFromTheStoreIsAClearErrorOnDownload() {
        String id = idOf(upload("bi-mat.pdf", pdf(2000)));
        String sha256 = sha256Of(id);
        jdbc.sql("delete from evidence_chunk where sha256 = ?").param(sha256).update();

        HttpResponse<String> download = unit.get(evidencePath() + "/" + id);

        assertThat(download.statusCode()).isEqualTo(404);
        assertThat(download.body()).contains("Không tìm thấy nội dung của tệp kiểm chứng trong kho lưu trữ");
        // no content row without its content for the tests after this one (ContentMigrationIT counts them all)
        jdbc.sql("delete from evidence where sha256 = ?").param(sha256).update();
        jdbc.sql("delete from evidence_content where sha256 = ?").param(sha256).update();
    }

    @Test
    void theSameFileUploadedConcurrentlyIsAcceptedEveryTimeAndStoredOnce() throws Exception {
        byte[] content = pdf(DatabaseContentStore.CHUNK_BYTES + 7);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResponse<String>>> uploads = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                String name = "cung-noi-dung-" + i + ".pdf";
                uploads.add(pool.submit(() -> upload(name, content)));
            }
            for (Future<HttpResponse<String>> f : uploads) {
                assertThat(f.get().statusCode()).as(f.get().body()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(distinct sha256) from evidence where file_name like 'cung-noi-dung-%'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from evidence_chunk c join evidence e on e.sha256 = c.sha256 "
                + "where e.file_name = 'cung-noi-dung-0.pdf'").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void contentNoFileRefersToIsRemovedOnceADayOld() {
        String kept = idOf(upload("giu-lai.pdf", pdf(300)));
        String removed = idOf(upload("xoa-di.pdf", pdf(301)));
        String removedSha = sha256Of(removed);
        assertThat(unit.json("DELETE", evidencePath() + "/" + removed, null).statusCode()).isEqualTo(204);

        cleanup.removeUnreferencedContent();
        assertThat(contentRows(removedSha)).as("too young: may be an upload being attached").isEqualTo(1);

        scenario.advance(year, Duration.ofDays(2));
        cleanup.removeUnreferencedContent();
        assertThat(contentRows(removedSha)).isZero();
        assertThat(jdbc.sql("select count(*) from evidence_chunk where sha256 = ?").param(removedSha).query(Long.class).single())
                .isZero();
        assertThat(unit.getBytes(evidencePath() + "/" + kept).body()).isEqualTo(pdf(300));
    }

    @Test
    void submittedEvidenceIsFrozenAndExplanationAddsFilesOfItsOwnStage() {
        scenario.fillAll(year, "TD1", Map.of());
        String selfFile = idOf(upload("ke-hoach.pdf", pdf(100)));
        scenario.submit(year, "TD1");

        HttpResponse<String> late = upload("bo-sung.pdf", pdf(101));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("đã khóa", "giải trình hoặc khi gửi kiến nghị");
        assertThat(unit.json("DELETE", evidencePath() + "/" + selfFile, null).statusCode())
                .isEqualTo(409);

        scenario.appraise(year, "TD1", List.of(new AnswerInput("2.1", null, false, "Thiếu danh mục văn bản", true)));
        HttpResponse<String> explanation = upload("danh-muc.pdf", pdf(102));
        assertThat(explanation.statusCode()).isEqualTo(200);
        assertThat(explanation.body()).contains("\"stage\":\"EXPLANATION\"");
        HttpResponse<String> removeSelf = unit.json("DELETE", evidencePath() + "/" + selfFile, null);
        assertThat(removeSelf.statusCode()).isEqualTo(409);
        assertThat(removeSelf.body()).contains("bước trước");
        assertThat(unit.json("DELETE", evidencePath() + "/" + idOf(explanation), null)
                .statusCode()).isEqualTo(204);
    }

    @Test
    void aComplaintMayBringNewEvidenceOnlyWhileTheWindowIsOpen() {
        scenario.throughAppraisal(year, "TD1", Map.of());
        scenario.throughPreliminary(year, Map.of("TD1", 80));

        HttpResponse<String> filed = complain("2.1", Map.of("bien-ban.pdf", pdf(200)));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(200);
        assertThat(filed.body()).contains("\"status\":\"PENDING\"");
        assertThat(jdbc.sql("select stage from evidence where sha256 = ?").param(sha256(pdf(200))).query(String.class).list())
                .containsExactly("COMPLAINT");
        HttpResponse<String> alone = upload("rieng-le.pdf", pdf(202));
        assertThat(alone.statusCode()).as("a complaint's files come with it, not through the file's evidence").isEqualTo(409);
        assertThat(alone.body()).contains("khi gửi kiến nghị");

        scenario.advance(year, Duration.ofDays(6));
        HttpResponse<String> late = complain("2.2", Map.of("muon.pdf", pdf(201)));
        assertThat(late.body()).contains("\"status\":\"INELIGIBLE\"");
        assertStoredNowhere(pdf(201));
    }

    @Test
    void anIneligibleComplaintKeepsNoneOfItsFiles() {
        scenario.throughAppraisal(year, "TD1", Map.of());
        scenario.throughPreliminary(year, Map.of("TD1", 80));
        assertThat(complain("2.1", Map.of()).body()).contains("\"status\":\"PENDING\"");
        long evidenceBefore = rows("evidence");

        HttpResponse<String> second = complain("2.1", Map.of("lan-hai.pdf", pdf(210), "phu-luc.pdf", pdf(211)));

        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("\"status\":\"INELIGIBLE\"");
        assertThat(rows("evidence")).isEqualTo(evidenceBefore);
        assertStoredNowhere(pdf(210));
        assertStoredNowhere(pdf(211));
    }

    @Test
    void aBadFileRefusesTheWholeComplaintAndNothingIsStored() {
        scenario.throughAppraisal(year, "TD1", Map.of());
        scenario.throughPreliminary(year, Map.of("TD1", 80));
        long complaintsBefore = rows("complaint");
        long evidenceBefore = rows("evidence");
        byte[] executable = Arrays.copyOf("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1), 512);

        HttpResponse<String> wrongType = complain("2.1", Map.of("bao-cao.pdf", pdf(220), "chuong-trinh.pdf", executable));
        HttpResponse<String> hiddenName = complain("2.1", Map.of("bao-cao\u202Efdp.exe", pdf(221)));

        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains("Tệp \\\"chuong-trinh.pdf\\\" không đúng loại cho phép");
        assertThat(hiddenName.statusCode()).isEqualTo(400);
        assertThat(hiddenName.body()).contains("ký tự đổi chiều văn bản");
        assertThat(rows("complaint")).isEqualTo(complaintsBefore);
        assertThat(rows("evidence")).isEqualTo(evidenceBefore);
        assertStoredNowhere(pdf(220));
        assertStoredNowhere(pdf(221));
    }

    private HttpResponse<String> complain(String leafCode, Map<String, byte[]> files) {
        return unit.form("/api/cycles/" + year + "/complaints", "files", files,
                "unitCode", "TD1", "leafCode", leafCode, "reason", "Đã có biên bản kiểm tra");
    }

    private void assertStoredNowhere(byte[] content) {
        String sha256 = sha256(content);
        assertThat(jdbc.sql("select count(*) from evidence where sha256 = ?").param(sha256).query(Long.class).single()).isZero();
        assertThat(contentRows(sha256)).isZero();
        assertThat(jdbc.sql("select count(*) from evidence_chunk where sha256 = ?").param(sha256).query(Long.class).single())
                .isZero();
    }

    private String evidencePath() {
        return "/api/cycles/" + year + "/assessments/TD1/evidence";
    }

    private HttpResponse<String> upload(String name, byte[] content) {
        return unit.upload(evidencePath(), name, content, "leafCode", "2.1");
    }

    private String sha256Of(String evidenceId) {
        return jdbc.sql("select sha256 from evidence where id = ?").param(Long.parseLong(evidenceId)).query(String.class).single();
    }

    private long contentRows(String sha256) {
        return jdbc.sql("select count(*) from evidence_content where sha256 = ?").param(sha256).query(Long.class).single();
    }

    private long rows(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private static String idOf(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().replaceAll("(?s).*\"id\":(\\d+).*", "$1");
    }

    private static String mediaTypeOf(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().replaceAll("(?s).*\"mediaType\":\"([^\"]+)\".*", "$1");
    }

    /** A PDF header followed by seeded noise: distinct content per size. */
    private static byte[] pdf(int size) {
        byte[] content = new byte[size];
        new Random(size).nextBytes(content);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, Math.min(header.length, size));
        return content;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Báo cáo CCHC");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] oldExcel() throws IOException {
        try (HSSFWorkbook book = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Số liệu").createRow(0).createCell(0).setCellValue(1);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
