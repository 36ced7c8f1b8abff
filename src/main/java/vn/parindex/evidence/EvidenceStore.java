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
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.AppProperties;
import vn.parindex.spreadsheet.SheetReader;
import vn.parindex.web.Text;
import vn.parindex.web.UserFacingException;
import vn.parindex.workflow.EngineClock;

/**
 * Evidence files: checked for name, size and real type, content kept once per SHA-256 in the
 * {@link EvidenceContentStore}, metadata (leaf, stage, uploader, time) here. Checking and storing are two steps, so
 * that a caller can check every file of a request before storing any.
 */
@Component
public class EvidenceStore {

    /** What is known of a checked file; once its bytes are stored, {@link #record} attaches it to a leaf. */
    public record Content(String fileName, String mediaType, long sizeBytes, String sha256) {
    }

    /** A file that passed every check, and where to read it again to store it. */
    public record CheckedFile(Content content, InputStreamSource source) {
    }

    private static final Logger log = LoggerFactory.getLogger(EvidenceStore.class);
    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final EvidenceContentStore contents;
    private final EvidenceSignatures signatures;
    private final AppProperties.Evidence limits;

    EvidenceStore(JdbcClient jdbc, JdbcTemplate template, EvidenceContentStore contents, EvidenceSignatures signatures, AppProperties properties) {
        this.jdbc = jdbc;
        this.template = template;
        this.contents = contents;
        this.signatures = signatures;
        this.limits = properties.evidence();
    }

    /** Checks a file and stores its content. */
    public Content store(MultipartFile file) throws IOException {
        return store(check(file));
    }

    public CheckedFile check(MultipartFile file) throws IOException {
        return check(file.getOriginalFilename(), file.getSize(), file);
    }

    /**
     * Checks a file's name, size and real type, and hashes it, storing nothing. Reads the source (an upload buffered
     * on disk) to detect the type and hash it; {@link #store(CheckedFile)} reads it again.
     */
    public CheckedFile check(String fileName, long size, InputStreamSource source) throws IOException {
        return check(fileName, size, source, SheetReader.Bounds.DEFAULT);
    }

    /** As {@link #check(String, long, InputStreamSource)}, an Office file within the bounds of the import it came to. */
    public CheckedFile check(String fileName, long size, InputStreamSource source, SheetReader.Bounds officeBounds)
            throws IOException {
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
        OfficeContainers.check(mediaType, name, source, officeBounds);
        return new CheckedFile(new Content(name, mediaType, size, HexFormat.of().formatHex(digest.digest())), source);
    }

    /**
     * Stores a checked file's content unless the same content is stored already, then checks a PDF's digital
     * signatures from the store; within the caller's transaction, if any.
     */
    public Content store(CheckedFile file) throws IOException {
        String sha256 = file.content().sha256();
        if (!contents.contains(sha256)) {
            try (InputStream in = file.source().getInputStream()) {
                contents.put(sha256, file.content().sizeBytes(), in);
            }
        }
        if (EvidenceSignatures.PDF.equals(file.content().mediaType())) {
            signatures.checkIfNeeded(sha256);
        }
        return file.content();
    }

    public EvidenceFile record(long assessmentId, String leafCode, String stage, Content content, String actor) {
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

    /** Where a stored content is attached to one leaf of many files (an imported file kept as evidence), in one batch. */
    public record Attachment(long assessmentId, String leafCode, String stage) {
    }

    /** Attaches the content to each place not holding it yet; returns the places it was attached to. */
    public List<Attachment> attachAll(List<Attachment> places, Content content, String actor) {
        if (places.isEmpty()) {
            return List.of();
        }
        Set<String> holding = new HashSet<>();
        jdbc.sql("select assessment_id, leaf_code, stage from evidence where sha256 = :sha and assessment_id in (:ids)")
                .param("sha", content.sha256()).param("ids", places.stream().map(Attachment::assessmentId).distinct().toList())
                .query(rs -> {
                    holding.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
                });
        List<Attachment> added = places.stream().distinct()
                .filter(p -> !holding.contains(p.assessmentId() + "|" + p.leafCode() + "|" + p.stage())).toList();
        Timestamp at = Timestamp.valueOf(EngineClock.now());
        template.batchUpdate("""
                insert into evidence (assessment_id, leaf_code, stage, file_name, media_type, size_bytes, sha256,
                                      uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", added, 500, (ps, p) -> {
            ps.setLong(1, p.assessmentId());
            ps.setString(2, p.leafCode());
            ps.setString(3, p.stage());
            ps.setString(4, content.fileName());
            ps.setString(5, content.mediaType());
            ps.setLong(6, content.sizeBytes());
            ps.setString(7, content.sha256());
            ps.setString(8, actor);
            ps.setTimestamp(9, at);
        });
        log.info("{} attached evidence {} ({}) to {} leaves", actor, content.fileName(), content.sha256(), added.size());
        return added;
    }

    public List<EvidenceFile> list(long assessmentId) {
        return signatures.withSignatures(jdbc.sql("select * from evidence where assessment_id = ? order by leaf_code, id")
                .param(assessmentId).query(EvidenceStore::map).list());
    }

    public Optional<EvidenceFile> find(long id) {
        return jdbc.sql("select * from evidence where id = ?").param(id).query(EvidenceStore::map).optional()
                .map(f -> signatures.withSignatures(List.of(f)).get(0));
    }

    /**
     * The file's content, to be read to its end and closed; content missing from the store fails here, before any
     * response is started, with a message for the user.
     */
    public InputStream openContent(EvidenceFile file) throws IOException {
        return contents.open(file.sha256());
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
                rs.getString("sha256"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toLocalDateTime(), null);
    }
}
