package vn.parindex.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.AppProperties;
import vn.parindex.web.UserFacingException;
import vn.parindex.workflow.EngineClock;

/** Evidence files in PostgreSQL (or H2): checked for name, size and real type, de-duplicated by SHA-256. */
@Component
public class EvidenceStore {

    private static final Logger log = LoggerFactory.getLogger(EvidenceStore.class);
    private final JdbcClient jdbc;
    private final AppProperties.Evidence limits;

    EvidenceStore(JdbcClient jdbc, AppProperties properties) {
        this.jdbc = jdbc;
        this.limits = properties.evidence();
    }

    public EvidenceFile save(long assessmentId, String leafCode, String stage, MultipartFile file, String actor)
            throws IOException {
        String name = checkedName(file.getOriginalFilename());
        if (file.isEmpty()) {
            throw UserFacingException.badRequest("Tệp \"" + name + "\" rỗng.");
        }
        if (file.getSize() > limits.maxFileSize().toBytes()) {
            throw UserFacingException.badRequest("Tệp \"" + name + "\" vượt quá dung lượng cho phép ("
                    + limits.maxFileSize().toMegabytes() + " MB).");
        }
        byte[] content;
        try (InputStream in = file.getInputStream()) {
            content = in.readAllBytes();
        }
        String mediaType = MediaTypes.detect(content, name).filter(limits.allowedTypes()::contains)
                .orElseThrow(() -> UserFacingException.badRequest("Tệp \"" + name
                        + "\" không đúng loại cho phép (PDF, ảnh PNG/JPEG, Word, Excel)."));
        String sha256 = sha256(content);
        if (jdbc.sql("select count(*) from evidence_content where sha256 = ?").param(sha256).query(Integer.class).single() == 0) {
            jdbc.sql("insert into evidence_content (sha256, content) values (?, ?)").params(sha256, content).update();
        }
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into evidence (assessment_id, leaf_code, stage, file_name, media_type, size_bytes, sha256,
                                      uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(assessmentId, leafCode, stage, name, mediaType, content.length, sha256, actor, EngineClock.now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        log.info("{} uploaded evidence {} ({} bytes, {}) for assessment {} leaf {}", actor, id, content.length, mediaType,
                assessmentId, leafCode);
        return find(id).orElseThrow();
    }

    public List<EvidenceFile> list(long assessmentId) {
        return jdbc.sql("select * from evidence where assessment_id = ? order by leaf_code, id").param(assessmentId)
                .query(EvidenceStore::map).list();
    }

    public Optional<EvidenceFile> find(long id) {
        return jdbc.sql("select * from evidence where id = ?").param(id).query(EvidenceStore::map).optional();
    }

    public byte[] content(EvidenceFile file) {
        return jdbc.sql("select content from evidence_content where sha256 = ?").param(file.sha256())
                .query((rs, n) -> rs.getBytes(1)).single();
    }

    public void delete(EvidenceFile file) {
        jdbc.sql("delete from evidence where id = ?").param(file.id()).update();
    }

    private static String checkedName(String original) {
        if (original == null || original.isBlank() || original.contains("/") || original.contains("\\")
                || original.contains("..") || original.length() > 255 || original.chars().anyMatch(Character::isISOControl)) {
            throw UserFacingException.badRequest("Tên tệp không hợp lệ (không được chứa đường dẫn, tối đa 255 ký tự).");
        }
        return original;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static EvidenceFile map(ResultSet rs, int n) throws SQLException {
        return new EvidenceFile(rs.getLong("id"), rs.getLong("assessment_id"), rs.getString("leaf_code"),
                rs.getString("stage"), rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size_bytes"),
                rs.getString("sha256"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toLocalDateTime());
    }
}
