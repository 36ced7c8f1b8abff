package vn.parindex.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every response: no type sniffing, no framing by other sites, no address leaked to other sites. The app's
 * own pages and API also get a Content-Security-Policy allowing only their own scripts; Camunda's webapps set theirs,
 * and the API's documentation (Swagger UI) is left as its library serves it.
 */
class SecurityHeaders extends OncePerRequestFilter {

    static final String APP_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "SAMEORIGIN");
        response.setHeader("Referrer-Policy", "same-origin");
        // a path routers may read differently gets the app's policy
        String path = RoutedPath.of(request).orElse("/");
        if (!path.equals("/camunda") && !path.startsWith("/camunda/") && !path.startsWith("/api-docs")) {
            response.setHeader("Content-Security-Policy", APP_POLICY);
        }
        chain.doFilter(request, response);
    }
}
