package vn.parindex.security;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.web.util.UriUtils;

/**
 * The path within the application that a request reaches, as Tomcat, Spring and Jersey route it: matrix parameters
 * ({@code ;x=1}) dropped from every segment, each segment decoded, empty segments ({@code //}, a trailing slash)
 * dropped. Guards match this, never the raw URI, which spells one route in many ways. A path that routers may read
 * differently has no route here (empty): a segment decoding to a slash or backslash, a {@code .} or {@code ..}
 * segment (Tomcat resolves them, Jersey reads the raw URI), bad percent-encoding.
 */
final class RoutedPath {

    private RoutedPath() {
    }

    static Optional<String> of(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        if (!uri.startsWith(context)) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String raw : uri.substring(context.length()).split("/")) {
            int parameters = raw.indexOf(';');
            String segment;
            try {
                segment = UriUtils.decode(parameters < 0 ? raw : raw.substring(0, parameters), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            if (segment.equals(".") || segment.equals("..") || segment.contains("/") || segment.contains("\\")) {
                return Optional.empty();
            }
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return Optional.of("/" + String.join("/", segments));
    }
}
