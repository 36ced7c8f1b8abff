package vn.parindex.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds the engine's own APIs (the REST API for outside tools, the one the Tasklist, Cockpit and the welcome app call)
 * to the app's rules on passwords: a user who still holds a handed-over password does nothing there before choosing
 * his own, and passwords are changed only where the change is checked and audited (the app's change-of-password page
 * and the standing body's reset), never through Camunda's profile and admin forms. Paths are matched as the engine
 * routes them ({@link RoutedPath}); one that routers may read differently is refused.
 */
class EngineAccessGuard extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineAccessGuard.class);
    private static final Pattern CREDENTIALS = Pattern.compile("user/[^/]+/credentials");
    /** What the Tasklist reads to draw its header, from which the user is taken to the change of password. */
    private static final Pattern HEADER = Pattern.compile("engine|user/[^/]+/profile");
    /** The scripts of the webapps' plugins, which the webapps load to start (code, no data; RoutedPath refuses ".."). */
    private static final Pattern PLUGIN_SCRIPTS =
            Pattern.compile("/camunda/api/[\\w-]+/plugin/[\\w-]+/static/[\\w./-]+");
    /** The webapps' login, logout and who is logged in. */
    private static final Pattern SIGN_IN =
            Pattern.compile("/camunda/api/admin/auth/user/[\\w-]+(/login/[\\w-]+|/logout)?");

    private final IdentityService identity;
    private final PasswordChange passwordChange;

    EngineAccessGuard(IdentityService identity, PasswordChange passwordChange) {
        this.identity = identity;
        this.passwordChange = passwordChange;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> routed = RoutedPath.of(request);
        if (routed.isEmpty()) {
            log.info("Refused an engine request whose path routers may read differently: {} {}", request.getMethod(),
                    request.getRequestURI());
            ApiAuthenticationFilter.reject(response, HttpServletResponse.SC_BAD_REQUEST, "Đường dẫn không hợp lệ: không "
                    + "được chứa đoạn “.”, “..” hay dấu gạch chéo mã hóa (%2F).");
            return;
        }
        String path = routed.get();
        Optional<String> resource = EngineResource.of(path).map(EngineResource::path);
        if (resource.filter(r -> CREDENTIALS.matcher(r).matches()).isPresent()) {
            log.info("Refused a change of password around the app: {} {}", request.getMethod(), request.getRequestURI());
            ApiAuthenticationFilter.reject(response, HttpServletResponse.SC_FORBIDDEN, "Mật khẩu được đổi tại trang "
                    + "Đổi mật khẩu (/doi-mat-khau.html) và được Thường trực đặt lại ở Bàn làm việc, nơi việc đổi được "
                    + "kiểm tra và ghi nhật ký.");
            return;
        }
        boolean get = "GET".equals(request.getMethod());
        if (get && (resource.filter(r -> HEADER.matcher(r).matches()).isPresent() || PLUGIN_SCRIPTS.matcher(path).matches())
                || SIGN_IN.matcher(path).matches()) {
            chain.doFilter(request, response);
            return;
        }
        boolean waiting = WebappSession.user(request).map(user -> passwordChange.required(user.id()))
                .orElseGet(() -> holdsHandedOver(request));
        if (waiting) {
            log.info("Refused {} {} to a holder of a handed-over password", request.getMethod(), request.getRequestURI());
            ApiAuthenticationFilter.reject(response, HttpServletResponse.SC_FORBIDDEN, PasswordChange.REQUIRED_MESSAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    /** A Basic caller is checked only when his account waits for a change: the engine authenticates everyone else. */
    private boolean holdsHandedOver(HttpServletRequest request) {
        return BasicCredentials.of(request)
                .filter(c -> passwordChange.required(c.login()) && identity.checkPassword(c.login(), c.password()))
                .isPresent();
    }
}
