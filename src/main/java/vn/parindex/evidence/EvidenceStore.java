package vn.parindex.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.AppProperties;
import vn.parindex.web.Text;
import vn.parindex.web.UserFacingException;
import vn.parindex.workflow.EngineClock;

/**
 * Evidence files: checked for name, size and real type, content kept once per SHA-256 in the
 * {@link EvidenceContentStore}, metadata (leaf, stage, uploader, time) here.
 */
@Component
public class EvidenceStore {

    /** A checked upload whose content is stored; {@link #record} attaches it to a leaf. */
    public record StoredContent(String fileName, String mediaType, long sizeBytes, String sha256) {
    }

    private static final Logger log = LoggerFactory.getLogger(EvidenceStore.class);
    private final JdbcClient jdbc;
    private final EvidenceContentStore contents;
    private final AppProperties.Evidence limits;

    EvidenceStore(JdbcClient jdbc, EvidenceContentStore contents, AppProperties properties) {
        this.jdbc = jdbc;
        this.contents = contents;
        this.limits = properties.evidence();
    }

    public StoredContent store(MultipartFile file) throws IOException {
        return store(file.getOriginalFilename(), file.getSize(), file);
    }

    /**
     * Checks a file and stores its content. Reads the source (an upload buffered on disk) twice: once to detect the
     * type and hash it, once to store it when the hash is new. Nothing is stored when a check fails.
     */
    public StoredContent store(String fileName, long size, InputStreamSource source) throws IOException {
        String name = checkedName(fileName);
        if (size == 0) {
            throw UserFacingException.badRequest("Tệp \"" + name + "\" rỗng.");
        }
        if (size > limits.maxFileSize().toBytes()) {
            throw UserFacingException.badRequest("Tệp \"" + name + "\" vượt quá dung lượng cho phép ("
                    + limits.maxFileSize().toMegabytes() + " MB).");
        }
        MessageDigest digest = sha256();
        String mediaType;
        try (InputStream in = new BufferedInputStream(new DigestInputStream(source.getInputStream(), digest))) {
            mediaType = MediaTypes.detect(in, name);
            in.transferTo(OutputStream.nullOutputStream());
        }
        if (!limits.allowedTypes().contains(mediaType)) {
            log.info("Refused evidence {} detected as {}", name, mediaType);
            throw UserFacingException.badRequest("Tệp \"" + name
                    + "\" không đúng loại cho phép (PDF, ảnh PNG/JPEG, Word, Excel).");
        }
        OfficeContainers.check(mediaType, name, source);
        String sha256 = HexFormat.of().formatHex(digest.digest());
        if (!contents.contains(sha256)) {
            try (InputStream in = source.getInputStream()) {
                contents.put(sha256, in);
            }
        }
        return new StoredContent(name, mediaType, size, sha256);
    }

    public EvidenceFile record(long assessmentId, String leafCode, String stage, StoredContent content, String actor) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into evidence (assessment_id, leaf_code, stage, file_name, media_type, size_bytes, sha256,
                                      uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(assessmentId, leafCode, stage, content.fileName(), content.mediaType(), content.sizeBytes(),
                        content.sha256(), actor, EngineClock.now())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        log.info("{} uploaded evidence {} ({} bytes, {}) for assessment {} leaf {} stage {}", actor, id,
                content.sizeBytes(), content.mediaType(), assessmentId, leafCode, stage);
        return find(id).orElseThrow();
    }

    public List<EvidenceFile> list(long assessmentId) {
        return jdbc.sql("select * from evidence where assessment_id = ? order by leaf_code, id").param(assessmentId)
                .query(EvidenceStore::map).list();
    }

    public Optional<EvidenceFile> find(long id) {
        return jdbc.sql("select * from evidence where id = ?").param(id).query(EvidenceStore::map).optional();
    }

    public void copyContent(EvidenceFile file, OutputStream out) throws IOException {
        contents.copyTo(file.sha256(), out);
    }

    /**
     * Removes the file from the unit's record; the content stays, other records may share it. False if it was gone
     * already: of two deletions at once, one removes the row and the other is told so.
     */
    public boolean delete(EvidenceFile file) {
        return jdbc.sql("delete from evidence where id = ?").param(file.id()).update() == 1;
    }

    /**
     * Refuses paths, control characters and invisible formatting characters: a right-to-left override makes
     * "bao-cao\u202Efdp.exe" display as "bao-caoexe.pdf".
     */
    private static String checkedName(String original) {
        if (original == null || original.isBlank() || original.contains("/") || original.contains("\\")
                || original.contains("..") || original.length() > Text.NAME_CHARS || !Text.isCleanLine(original)) {
            throw UserFacingException.badRequest("Tên tệp không hợp lệ (không được chứa đường dẫn, ký tự điều khiển hay "
                    + "ký tự đổi chiều văn bản, tối đa " + Text.NAME_CHARS + " ký tự).");
        }
        return original;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
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
