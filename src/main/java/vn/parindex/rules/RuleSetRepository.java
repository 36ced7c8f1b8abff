package vn.parindex.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class RuleSetRepository {

    private static final String COLUMNS = "r.id, r.source, r.note, r.hash, r.base_id, r.created_by, r.created_at,"
            + " r.adopted_by, r.adopted_at, a.rule_set_id";
    private final JdbcClient jdbc;

    RuleSetRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a version with its files and returns its id; not adopted. */
    long insert(RuleSet rules, String source, String note, Long baseId, String author) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into rule_set (hash, source, note, base_id, created_by, created_at)"
                        + " values (?, ?, ?, ?, ?, current_timestamp)")
                .params(rules.hash(), source, note, baseId, author).update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        rules.files().forEach((path, text) -> jdbc.sql("insert into rule_set_file (rule_set_id, path, content) values (?, ?, ?)")
                .params(id, path, text).update());
        return id;
    }

    Optional<Long> adoptedId() {
        return jdbc.sql("select rule_set_id from rule_set_adopted").query(Long.class).optional();
    }

    /**
     * Moves the pointer from {@code expected} (null before the first version) to {@code id} and records who adopted
     * it; false if another adoption came first.
     */
    boolean adopt(long id, Long expected, String actor) {
        int moved = jdbc.sql("update rule_set_adopted set rule_set_id = ? where rule_set_id is not distinct from ?")
                .params(id, expected).update();
        if (moved == 1) {
            jdbc.sql("update rule_set set adopted_by = ?, adopted_at = current_timestamp where id = ?").params(actor, id).update();
        }
        return moved == 1;
    }

    RuleSet load(long id) {
        Map<String, String> files = new TreeMap<>();
        jdbc.sql("select path, content from rule_set_file where rule_set_id = ?").param(id)
                .query(rs -> {
                    files.put(rs.getString(1), rs.getString(2));
                });
        return RuleSet.of(id, files);
    }

    Optional<RuleSetVersion> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from rule_set r cross join rule_set_adopted a where r.id = ?").param(id)
                .query(RuleSetRepository::version).optional();
    }

    List<RuleSetVersion> all() {
        return jdbc.sql("select " + COLUMNS + " from rule_set r cross join rule_set_adopted a order by r.id desc")
                .query(RuleSetRepository::version).list();
    }

    /** The hash of the latest version read from the rules/ folder, if any. */
    Optional<String> lastFolderHash() {
        return jdbc.sql("select hash from rule_set where source = 'FOLDER' order by id desc limit 1").query(String.class).optional();
    }

    /** Deletes a version never adopted; false if it was adopted meanwhile or is gone. */
    boolean deleteDraft(long id) {
        return jdbc.sql("delete from rule_set where id = ? and adopted_at is null").param(id).update() == 1;
    }

    private static RuleSetVersion version(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Timestamp adoptedAt = rs.getTimestamp("adopted_at");
        RuleSetVersion.State state = rs.getLong("rule_set_id") == id ? RuleSetVersion.State.ADOPTED
                : adoptedAt != null ? RuleSetVersion.State.RETIRED : RuleSetVersion.State.DRAFT;
        long base = rs.getLong("base_id");
        return new RuleSetVersion(id, state, rs.getString("source"), rs.getString("note"), rs.getString("hash"),
                rs.wasNull() ? null : base, rs.getString("created_by"), local(rs.getTimestamp("created_at")),
                rs.getString("adopted_by"), local(adoptedAt));
    }

    private static LocalDateTime local(Timestamp t) {
        return t == null ? null : t.toLocalDateTime();
    }
}
