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
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Server errors of Camunda's REST API ({@code /engine-rest}) reach the client without internals (exception class,
 * SQL, database version): the body is kept for the log and replaced by a Vietnamese message. The two errors a user
 * causes by acting at the same time as another become 409.
 */
public class EngineRestErrors extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(EngineRestErrors.class);
    private static final Map<String, String> CONFLICTS = Map.of(
            "TaskAlreadyClaimedException", "Công việc đã được người khác nhận xử lý.",
            "OptimisticLockingException", "Dữ liệu vừa được người khác thay đổi; hãy tải lại và thử lại.");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ErrorCapture capture = new ErrorCapture(response);
        chain.doFilter(request, capture);
        if (!capture.failed()) {
            return;
        }
        String original = capture.body.toString(StandardCharsets.UTF_8);
        log.warn("Engine REST error {} on {} {}: {}", capture.status, request.getMethod(), request.getRequestURI(), original);
        String conflict = CONFLICTS.entrySet().stream().filter(e -> original.contains("\"" + e.getKey() + "\""))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        response.setStatus(conflict != null ? HttpServletResponse.SC_CONFLICT : capture.status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"type\":\"" + (conflict != null ? "Conflict" : "ServerError") + "\",\"message\":\""
                + (conflict != null ? conflict : "Lỗi hệ thống khi xử lý yêu cầu; quản trị viên xem chi tiết trong nhật ký.")
                + "\"}");
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
