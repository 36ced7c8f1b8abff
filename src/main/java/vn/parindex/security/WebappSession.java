package vn.parindex.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/** The user logged into Camunda's webapps (the Tasklist) in this request's session, if any. */
public final class WebappSession {

    private WebappSession() {
    }

    public static Optional<CurrentUser> user(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
        Authentication auth = auths == null ? null : auths.getAuthenticationForProcessEngine("default");
        if (auth instanceof UserAuthentication userAuth && userAuth.getGroupIds() != null) {
            return Optional.of(new CurrentUser(userAuth.getName(), new HashSet<>(userAuth.getGroupIds())));
        }
        return Optional.empty();
    }
}
