package vn.parindex.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import vn.parindex.AppProperties;
import vn.parindex.web.UserFacingException;

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

    /** One file by its path relative to rules/, if there is one. */
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

    /**
     * Replaces files of the folder on disk (paths relative to rules/): each is written beside its target and then
     * moved over it, so a reader never sees half a file.
     */
    public void write(Map<String, String> files) {
        if (!Files.isDirectory(dir)) {
            throw UserFacingException.conflict("Thư mục rules/ không có trên đĩa (đang dùng bản đóng gói); không thể ghi.");
        }
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = dir.resolve(file.getKey()).normalize();
                if (!target.startsWith(dir)) {
                    throw new IllegalArgumentException("Outside rules/: " + file.getKey());
                }
                Path temp = Files.createTempFile(target.getParent(), ".upload", ".tmp");
                Files.writeString(temp, file.getValue(), StandardCharsets.UTF_8);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to " + dir, e);
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
