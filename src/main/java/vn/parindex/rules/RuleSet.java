package vn.parindex.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** One version of the rule set, whole and immutable: its id (0 before it is stored), the hash of all its files. */
public record RuleSet(long id, String hash, Map<String, String> files) implements RuleFiles {

    public RuleSet {
        files = Map.copyOf(files);
    }

    static RuleSet of(long id, Map<String, String> files) {
        return new RuleSet(id, sha256(files), files);
    }

    @Override
    public Optional<String> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    @Override
    public Map<String, String> read(String suffix) {
        Map<String, String> matching = new TreeMap<>(files);
        matching.keySet().removeIf(path -> !path.endsWith(suffix));
        return matching;
    }

    /** This version with some files replaced or added. */
    RuleSet with(Map<String, String> changes) {
        Map<String, String> changed = new TreeMap<>(files);
        changed.putAll(changes);
        return of(0, changed);
    }

    /** SHA-256 over the files in path order, each path and text ended by a zero byte. */
    public static String sha256(Map<String, String> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            new TreeMap<>(files).forEach((path, text) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(text.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            });
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
