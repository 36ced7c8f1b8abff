package vn.parindex.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.StringUtils;
import vn.parindex.AppProperties;

/**
 * The rules/ folder a developer edits: read from disk ({@code par.rules-dir}) when it exists, otherwise the copy
 * packaged in the jar. It only seeds the versions in the database ({@link RuleSets}) and is never written.
 */
public class RulesFolder implements RuleFiles {

    private static final Logger log = LoggerFactory.getLogger(RulesFolder.class);
    private final Path dir;

    public RulesFolder(AppProperties properties) {
        this.dir = Path.of(properties.rulesDir()).toAbsolutePath();
    }

    @Override
    public Map<String, String> read(String suffix) {
        return Files.isDirectory(dir) ? fromDisk(suffix) : fromClasspath(suffix);
    }

    @Override
    public Optional<String> file(String path) {
        try {
            if (Files.isDirectory(dir)) {
                Path file = dir.resolve(path).normalize();
                return file.startsWith(dir) && Files.isRegularFile(file)
                        ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
            }
            String packaged = StringUtils.cleanPath("rules/" + path);
            Resource resource = new ClassPathResource(packaged);
            if (!packaged.startsWith("rules/") || !resource.isReadable()) {   // readable: a file, not a folder
                return Optional.empty();
            }
            try (InputStream in = resource.getInputStream()) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rules/" + path, e);
        }
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
