package vn.parindex.security;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Random secrets every node shares, kept in the database: the first node that needs one makes it, the others read it
 * (a secret of each node's own would make one node refuse what another signed).
 */
@Component
class SharedSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcTemplate jdbc;
    private final Map<String, byte[]> known = new ConcurrentHashMap<>();

    SharedSecrets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    byte[] get(String name) {
        return known.computeIfAbsent(name, this::load);
    }

    private byte[] load(String name) {
        List<String> stored = stored(name);
        if (stored.isEmpty()) {
            byte[] fresh = new byte[32];
            RANDOM.nextBytes(fresh);
            try {
                jdbc.update("insert into shared_secret (name, secret) values (?, ?)", name,
                        Base64.getEncoder().encodeToString(fresh));
            } catch (DuplicateKeyException madeMeanwhile) {
                // another node made it at the same moment: use theirs
            }
            stored = stored(name);
        }
        return Base64.getDecoder().decode(stored.get(0));
    }

    private List<String> stored(String name) {
        return jdbc.queryForList("select secret from shared_secret where name = ?", String.class, name);
    }
}
