package vn.parindex.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every write to {@code /api} and {@code /engine-rest}, whatever its authentication (a browser sends remembered Basic
 * credentials and cookies to any site's form), must carry {@code X-Requested-With}, which a cross-site form cannot set,
 * or come from a page of this very site ({@code Origin}). Tools outside a browser add the header.
 */
class AntiForgery extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AntiForgery.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod()) || request.getHeader("X-Requested-With") != null
                || sameOrigin(request)) {
            chain.doFilter(request, response);
            return;
        }
        log.warn("Refused a write without X-Requested-With from origin {}: {} {}", request.getHeader("Origin"),
                request.getMethod(), request.getRequestURI());
        ApiAuthenticationFilter.reject(response, HttpServletResponse.SC_FORBIDDEN,
                "Yêu cầu bị từ chối: thiếu tiêu đề X-Requested-With chống giả mạo yêu cầu từ trang khác.");
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            var given = UriComponentsBuilder.fromUriString(origin).build();
            return request.getScheme().equalsIgnoreCase(given.getScheme())
                    && request.getServerName().equalsIgnoreCase(given.getHost())
                    && request.getServerPort() == (given.getPort() != -1 ? given.getPort()
                    : "https".equalsIgnoreCase(given.getScheme()) ? 443 : 80);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
