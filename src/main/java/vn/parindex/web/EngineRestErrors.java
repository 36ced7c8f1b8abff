package vn.parindex.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Server errors of Camunda's REST API ({@code /engine-rest}, and the same under {@code /camunda/api/engine} for the
 * webapps) reach the client without internals (exception class,
 * SQL, database version): the body is kept for the log and replaced by a Vietnamese message. Camunda answers 500 to
 * much that a user causes; those become 4xx: acting at the same time as another (409), an object that is gone (404),
 * a request the engine refuses (400). Paging parameters are checked before the engine sees them.
 */
public class EngineRestErrors extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineRestErrors.class);

    /** What a server error really was, by the type or message Camunda gave it; first match wins. */
    private record Cause(int status, String type, String message, Predicate<String> matches) {
    }

    private static final List<Cause> CAUSES = List.of(
            new Cause(409, "Conflict", "Công việc đã được người khác nhận xử lý.", type("TaskAlreadyClaimedException")),
            new Cause(409, "Conflict", "Dữ liệu vừa được người khác thay đổi; hãy tải lại và thử lại.",
                    type("OptimisticLockingException")),
            new Cause(404, "NotFound", "Không tìm thấy đối tượng yêu cầu (có thể đã được xử lý hoặc xóa).",
                    body -> body.contains("is null") || body.contains("doesn't exist") || type("NullValueException").test(body)),
            new Cause(400, "InvalidRequest", "Yêu cầu không hợp lệ.", type("ProcessEngineException").or(type("RestException"))
                    .or(type("BadUserRequestException"))),
            new Cause(500, "ServerError", "Lỗi hệ thống khi xử lý yêu cầu; quản trị viên xem chi tiết trong nhật ký.",
                    body -> true));
    private static final Pattern PAGING = Pattern.compile("\\d{1,9}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (String parameter : new String[] {"firstResult", "maxResults"}) {
            String value = request.getParameter(parameter);
            if (value != null && !PAGING.matcher(value).matches()) {
                write(response, 400, "InvalidRequest", parameter + " phải là số nguyên không âm.");
                return;
            }
        }
        ErrorCapture capture = new ErrorCapture(response);
        chain.doFilter(request, capture);
        if (!capture.failed()) {
            return;
        }
        String original = capture.body.toString(StandardCharsets.UTF_8);
        log.warn("Engine REST error {} on {} {}: {}", capture.status, request.getMethod(), request.getRequestURI(), original);
        Cause cause = CAUSES.stream().filter(c -> c.matches().test(original)).findFirst().orElseThrow();
        write(response, cause.status() == 500 ? capture.status : cause.status(), cause.type(), cause.message());
    }

    private static Predicate<String> type(String exception) {
        return body -> body.contains("\"type\":\"" + exception + "\"");
    }

    /** With its own length: the engine may have set the replaced body's before it set the error status. */
    private static void write(HttpServletResponse response, int status, String type, String message) throws IOException {
        String body = "{\"type\":\"" + type + "\",\"message\":\"" + message + "\"}";
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setContentLength(body.getBytes(StandardCharsets.UTF_8).length);
        response.getWriter().write(body);
    }

    /** Passes everything through until a 5xx status is set; from then on keeps the body instead of sending it. */
    private static final class ErrorCapture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private int status = SC_OK;

        ErrorCapture(HttpServletResponse response) {
            super(response);
        }

        boolean failed() {
            return status >= 500;
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            if (!failed()) {
                super.setStatus(sc);
            }
        }

        @Override
        public void sendError(int sc) throws IOException {
            sendError(sc, null);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            if (!failed()) {
                super.sendError(sc, msg);
            }
        }

        /** The original body's length would not match the replacement's. */
        @Override
        public void setContentLength(int len) {
            if (!failed()) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (!failed()) {
                super.setContentLengthLong(len);
            }
        }

        @Override
        public void setHeader(String name, String value) {
            if (!failed() || !"Content-Length".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!failed() || !"Content-Length".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (!failed()) {
                return super.getOutputStream();
            }
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return failed() ? new PrintWriter(body, true, StandardCharsets.UTF_8) : super.getWriter();
        }
    }
}
