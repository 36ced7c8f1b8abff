package vn.parindex.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The error path is where the container forwards a request that failed. Asked for directly, Spring Boot's error
 * controller has no error to show and answers 500; a client gets 404 there, like at any address that is not the
 * app's. Forwarded errors (an error dispatch, which this filter skips) are rendered as before.
 */
@Component
class ErrorPathNotFound extends OncePerRequestFilter {

    private final String errorPath;

    ErrorPathNotFound(@Value("${server.error.path:/error}") String errorPath) {
        this.errorPath = errorPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !errorPath.equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"message\":\"Không tìm thấy địa chỉ yêu cầu.\"}");
    }
}
