package vn.parindex.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts every password check through the {@link LoginThrottle}: HTTP Basic on {@code /api} and {@code /engine-rest}
 * and the Tasklist's login form. A waiting name gets 429 with {@code Retry-After} before its password is checked; after
 * the check, a 401 counts as a failure and anything else as a success.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final int MAX_NAME = 64;
    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> name = loginName(request);
        if (name.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String address = request.getRemoteAddr();
        Optional<Duration> wait = throttle.waitFor(name.get(), address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setHeader("Retry-After", String.valueOf(seconds));
            ApiAuthenticationFilter.reject(response, 429, "Đăng nhập sai nhiều lần; hãy thử lại sau " + seconds + " giây.");
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(name.get(), address);
        } else {
            throttle.succeeded(name.get(), address);
        }
    }

    /** The login name a request presents a password for: its Basic credentials or the login form's field. */
    private static Optional<String> loginName(HttpServletRequest request) {
        String name = BasicCredentials.of(request).map(BasicCredentials::login).orElse(null);
        if (name == null && "POST".equals(request.getMethod()) && isLogin(request)) {
            name = request.getParameter("username");
        }
        if (name == null || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name);
    }

    /** As Jersey routes it (login;x=1 is the login too); a path routers may read differently counts as one. */
    private static boolean isLogin(HttpServletRequest request) {
        return RoutedPath.of(request).map(path -> path.toLowerCase(Locale.ROOT).contains("/login/")).orElse(true);
    }
}
