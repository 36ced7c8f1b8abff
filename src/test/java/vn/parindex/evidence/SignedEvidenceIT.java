package vn.parindex.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.parindex.security.Roles;
import vn.parindex.signature.PdfSignatureCheck;
import vn.parindex.signature.TestPki;
import vn.parindex.support.Http;
import vn.parindex.support.IntegrationTest;
import vn.parindex.support.TestAnchors;

/** Signatures on evidence PDFs over HTTP: checked once stored, shown with the file, checked again when anchors change. */
class SignedEvidenceIT extends IntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired JdbcClient jdbc;
    @Autowired SignatureRecheck recheck;
    @Autowired PdfSignatureCheck check;

    private Http unit;
    private int year;

    @BeforeEach
    void openYear() {
        scenario.ensureFixture();
        scenario.ensureUser("td1-signatures", Roles.unitGroup("TD1"));
        unit = Http.as(port, "td1-signatures", "pw");
        year = scenario.openYear(List.of("TD1"));
    }

    @Test
    void aSignedPdfsFactsComeWithTheUploadedFileAndWithItsLeaf() throws IOException {
        byte[] signed = TestPki.sign(TestPki.pdf("Ke hoach CCHC " + year), TestAnchors.CA.signer("Nguyễn Văn A", "Sở Nội vụ"));

        JsonNode file = uploaded("ke-hoach-da-ky.pdf", signed);

        JsonNode signatureCheck = file.path("signatureCheck");
        assertThat(signatureCheck.path("outcome").asText()).isEqualTo("SIGNED");
        JsonNode signature = signatureCheck.path("signatures").get(0);
        assertThat(signature.path("signerName").asText()).isEqualTo("Nguyễn Văn A");
        assertThat(signature.path("organisation").asText()).isEqualTo("Sở Nội vụ");
        assertThat(signature.path("signedAt").asText()).isNotBlank();
        assertThat(List.of(signature.path("integrity").asText(), signature.path("chain").asText(),
                signature.path("revocation").asText())).containsExactly("INTACT", "TRUSTED", "NOT_CHECKED");
        assertThat(signatureCheck.path("summary").asText()).startsWith("Ký số: Nguyễn Văn A (Sở Nội vụ), ")
                .endsWith(" — nguyên vẹn, chứng thư hợp lệ, chưa kiểm tra thu hồi");
        assertThat(leafEvidence().toString()).contains(signatureCheck.path("summary").asText());
    }

    @Test
    void unsignedAndUnreadablePdfsAreKeptAndSaySo() throws IOException {
        JsonNode unsigned = uploaded("bao-cao.pdf", TestPki.pdf("Bao cao " + year));
        JsonNode broken = uploaded("hong.pdf", ("%PDF-1.4 hỏng " + year).getBytes(StandardCharsets.UTF_8));

        assertThat(unsigned.path("signatureCheck").path("summary").asText()).isEqualTo("Không có chữ ký số");
        assertThat(broken.path("signatureCheck").path("outcome").asText()).isEqualTo("UNREADABLE");
        assertThat(broken.path("signatureCheck").path("summary").asText()).startsWith("Không đọc được tệp PDF");
        assertThat(leafEvidence()).extracting(f -> f.path("fileName").asText()).contains("bao-cao.pdf", "hong.pdf");
    }

    @Test
    void resultsOfOtherAnchorsAreCheckedAgain() throws IOException {
        byte[] signed = TestPki.sign(TestPki.pdf("Quyet dinh " + year), TestAnchors.CA.signer("Trần Thị B", "Sở Tư pháp"));
        String sha256 = uploaded("quyet-dinh.pdf", signed).path("sha256").asText();
        jdbc.sql("update evidence_signature_check set anchors = 'earlier anchors', outcome = 'UNSIGNED' where sha256 = ?")
                .param(sha256).update();
        jdbc.sql("delete from evidence_signature where sha256 = ?").param(sha256).update();

        recheck.recheck();

        assertThat(jdbc.sql("select outcome, anchors from evidence_signature_check where sha256 = ?").param(sha256)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).single())
                .isEqualTo("SIGNED " + check.anchorsFingerprint());
        assertThat(leafEvidence().toString()).contains("Ký số: Trần Thị B (Sở Tư pháp)");
    }

    private JsonNode uploaded(String name, byte[] content) throws IOException {
        HttpResponse<String> response = unit.upload("/api/cycles/" + year + "/assessments/TD1/evidence", name, content,
                "leafCode", "2.1");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** The evidence of leaf 2.1 as the self-assessment form reads it. */
    private List<JsonNode> leafEvidence() throws IOException {
        JsonNode view = JSON.readTree(unit.get("/api/cycles/" + year + "/assessments/TD1").body());
        for (JsonNode leaf : view.path("leaves")) {
            if (leaf.path("code").asText().equals("2.1")) {
                return List.copyOf(leaf.path("evidence").findParents("fileName"));
            }
        }
        throw new AssertionError("no leaf 2.1");
    }
}
