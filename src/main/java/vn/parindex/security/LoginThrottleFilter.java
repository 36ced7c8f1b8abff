package vn.parindex.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Puts every password check through the {@link LoginThrottle}: HTTP Basic on {@code /api} and {@code /engine-rest}
 * and the Tasklist's login form. A waiting attempt gets 429 with {@code Retry-After} before its password is checked;
 * after the check, a 401 counts as a failure. A success counts only once the password is known to be right, since
 * some answers are not 401 whatever the password (health, the webapps' forgery check): the form's 200, or the Basic
 * password checked here when the success would change anything. The form's success sets a {@link DeviceCookie}, which
 * the form's next attempts present.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private static final int MAX_NAME = 64;
    private final LoginThrottle throttle;
    private final DeviceCookie devices;
    private final IdentityService identity;

    LoginThrottleFilter(LoginThrottle throttle, DeviceCookie devices, IdentityService identity) {
        this.throttle = throttle;
        this.devices = devices;
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<BasicCredentials> basic = BasicCredentials.of(request);
        boolean form = basic.isEmpty() && "POST".equals(request.getMethod()) && isLogin(request);
        Optional<String> name = basic.map(BasicCredentials::login).or(() -> form
                ? Optional.ofNullable(request.getParameter("username")) : Optional.empty())
                .filter(n -> !n.isEmpty()).map(n -> n.length() > MAX_NAME ? n.substring(0, MAX_NAME) : n);
        if (name.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        LoginThrottle.Attempt attempt = new LoginThrottle.Attempt(name.get(), request.getRemoteAddr(),
                form ? devices.of(request, name.get()).orElse(null) : null);
        Optional<Duration> wait = throttle.waitFor(attempt);
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setHeader("Retry-After", String.valueOf(seconds));
            ApiAuthenticationFilter.reject(response, 429, "Đăng nhập sai nhiều lần; hãy thử lại sau " + seconds + " giây.");
            return;
        }
        if (form) {
            // held back so that the device cookie can still be set once the form's answer is known
            ContentCachingResponseWrapper held = new ContentCachingResponseWrapper(response);
            chain.doFilter(request, held);
            if (held.getStatus() == HttpServletResponse.SC_OK) {
                throttle.succeeded(attempt);
                devices.issue(request, held, name.get());
            } else if (held.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
                throttle.failed(attempt);
            }
            held.copyBodyToResponse();
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(attempt);
        } else if (throttle.learnsFrom(attempt) && identity.checkPassword(basic.get().login(), basic.get().password())) {
            throttle.succeeded(attempt);
        }
    }

    /** As Jersey routes it (login;x=1 is the login too); a path routers may read differently counts as one. */
    private static boolean isLogin(HttpServletRequest request) {
        return RoutedPath.of(request).map(path -> path.toLowerCase(Locale.ROOT).contains("/login/")).orElse(true);
    }
}
