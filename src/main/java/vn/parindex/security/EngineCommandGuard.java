package vn.parindex.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.parindex.workflow.Actors;

/**
 * Leaves users of the engine's APIs ({@code /engine-rest}, and the webapps' under {@code /camunda/api/engine}) the
 * commands they have a use for: reads, the Tasklist's queries sent as POST, claiming a task (for oneself, or giving it
 * back with no user) and completing it. Every other command (messages, signals, conditions, external tasks, jobs,
 * definitions, deployments, identities, variables …) would steer the processes around the application, or the engine
 * refuses it to users anyway (unclaim, comments), and is left to the administrators ({@link Roles#ADMIN}). An
 * allow-list: a command that a later engine adds stays refused until someone finds a user needs it. Runs after the
 * engine's authentication of {@code /engine-rest}, whose user it reads; the webapps' user is the session's.
 */
class EngineCommandGuard extends OncePerRequestFilter {

    static final String REFUSED = "Thao tác này trên công cụ quy trình chỉ dành cho quản trị viên hệ thống.";
    private static final Logger log = LoggerFactory.getLogger(EngineCommandGuard.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Pattern USER_COMMANDS = Pattern.compile(
            "task(/count)?|task/[^/]+/(claim|complete|submit-form)|filter/[^/]+/(list|count)");

    private final IdentityService identity;

    EngineCommandGuard(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<EngineResource> resource = RoutedPath.of(request).flatMap(EngineResource::of);
        if (READS.contains(request.getMethod())
                || resource.filter(r -> USER_COMMANDS.matcher(r.path()).matches()).isPresent()) {
            chain.doFilter(request, response);
            return;
        }
        if (resource.flatMap(r -> caller(r, request)).filter(user -> user.inGroup(Roles.ADMIN)).isEmpty()) {
            log.info("Refused an engine command to a non-administrator: {} {}", request.getMethod(),
                    request.getRequestURI());
            ApiAuthenticationFilter.reject(response, HttpServletResponse.SC_FORBIDDEN, REFUSED);
            return;
        }
        // fetchAndLock suspends the request to wait for work, which the webapps' servlet does not support (a 500)
        if (resource.filter(r -> r.webapps() && r.path().equals("external-task/fetchandlock")).isPresent()) {
            ApiAuthenticationFilter.reject(response, HttpServletResponse.SC_NOT_FOUND, "Công việc ngoài được lấy qua "
                    + "/engine-rest; API của các ứng dụng web không phục vụ việc này.");
            return;
        }
        chain.doFilter(request, response);
    }

    private Optional<CurrentUser> caller(EngineResource resource, HttpServletRequest request) {
        if (resource.webapps()) {
            return WebappSession.user(request);
        }
        return Actors.authenticated(identity).map(caller -> new CurrentUser(caller.id(), caller.groups()));
    }
}
