package vn.parindex.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import vn.parindex.AppProperties;

/**
 * The administrator-editable rules/ folder: read from disk ({@code par.rules-dir}) when it exists, otherwise
 * the copy packaged in the jar. Paths are relative to rules/, with forward slashes.
 */
@Component
public class RulesFolder {

    private static final Logger log = LoggerFactory.getLogger(RulesFolder.class);
    private final Path dir;

    RulesFolder(AppProperties properties) {
        this.dir = Path.of(properties.rulesDir()).toAbsolutePath();
    }

    /** All files whose relative path ends with the suffix, e.g. {@code ".drl"}, by path. */
    public Map<String, String> read(String suffix) {
        return Files.isDirectory(dir) ? fromDisk(suffix) : fromClasspath(suffix);
    }

    public String describe() {
        return Files.isDirectory(dir) ? dir.toString() : "classpath:rules/";
    }

    private Map<String, String> fromDisk(String suffix) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + dir, e);
        }
        return files;
    }

    private Map<String, String> fromClasspath(String suffix) {
        Map<String, String> files = new TreeMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:rules/**/*" + suffix)) {
                String url = r.getURL().toString();
                try (InputStream in = r.getInputStream()) {
                    files.put(url.substring(url.lastIndexOf("/rules/") + "/rules/".length()),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rules/ from the classpath", e);
        }
        log.debug("Read {} {} files from the classpath", files.size(), suffix);
        return files;
    }
}
