package vn.parindex.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates calls to {@code /api/*}: either the Camunda webapp session (forms inside the Tasklist) or
 * HTTP Basic against Camunda's identity service (outside tools). Writes are guarded against forgery before this
 * ({@link AntiForgery}).
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = CurrentUser.class.getName();
    private static final Logger log = LoggerFactory.getLogger(ApiAuthenticationFilter.class);

    private static final Set<String> BEFORE_OWN_PASSWORD = Set.of("/api/me", "/api/me/password");

    private final IdentityService identityService;
    private final String requiredGroup;
    private final PasswordChange passwordChange;

    /**
     * requiredGroup: the group every caller must belong to, or null for any authenticated user. A user who still holds
     * a handed-over password reaches only his own profile and the change of password.
     */
    ApiAuthenticationFilter(IdentityService identityService, String requiredGroup, PasswordChange passwordChange) {
        this.identityService = identityService;
        this.requiredGroup = requiredGroup;
        this.passwordChange = passwordChange;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<CurrentUser> user = WebappSession.user(request).or(() -> fromBasicAuth(request));
        if (user.isEmpty()) {
            // pages of the app (X-Requested-With) handle 401 themselves; a Basic challenge would pop up a browser dialog
            if (request.getHeader("X-Requested-With") == null) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"par-index\", charset=\"UTF-8\"");
            }
            reject(response, HttpServletResponse.SC_UNAUTHORIZED, "Bạn cần đăng nhập để sử dụng chức năng này.");
            return;
        }
        if (requiredGroup != null && !user.get().inGroup(requiredGroup)) {
            reject(response, HttpServletResponse.SC_FORBIDDEN, "Bạn không có quyền xem nội dung này (cần vai trò: "
                    + RoleNames.of(requiredGroup) + ").");
            return;
        }
        if (RoutedPath.of(request).filter(BEFORE_OWN_PASSWORD::contains).isEmpty()
                && passwordChange.required(user.get().id())) {
            reject(response, HttpServletResponse.SC_FORBIDDEN, PasswordChange.REQUIRED_MESSAGE);
            return;
        }
        request.setAttribute(ATTRIBUTE, user.get());
        chain.doFilter(request, response);
    }

    private Optional<CurrentUser> fromBasicAuth(HttpServletRequest request) {
        Optional<BasicCredentials> credentials = BasicCredentials.of(request);
        if (credentials.isEmpty()) {
            return Optional.empty();
        }
        String userId = credentials.get().login();
        if (!identityService.checkPassword(userId, credentials.get().password())) {
            log.warn("Failed API login for user {}", userId);
            return Optional.empty();
        }
        Set<String> groups = new HashSet<>();
        identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).forEach(groups::add);
        return Optional.of(new CurrentUser(userId, groups));
    }

    static void reject(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"message\":\"" + message + "\"}");
    }
}
