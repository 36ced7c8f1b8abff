package vn.parindex.web;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/** Turns refusals into {@code {"message": "..."}} bodies with a Vietnamese message. */
@RestControllerAdvice(basePackages = "vn.parindex")
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    /** fields: problems by the code of the field they concern (a leaf), when the input has such fields. */
    record ApiError(String message, List<String> details, Map<String, List<String>> fields) {
        ApiError(String message) {
            this(message, null, null);
        }

        ApiError(String message, List<String> details) {
            this(message, details, null);
        }
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<ApiError> refused(UserFacingException e) {
        log.info("Request refused ({}): {}", e.status().value(), e.getMessage());
        return ResponseEntity.status(e.status()).body(new ApiError(e.getMessage()));
    }

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<ApiError> invalid(ValidationException e) {
        log.info("Validation failed: {}", e.problems());
        return ResponseEntity.badRequest().body(new ApiError(e.getMessage(), e.problems(),
                e.byField().isEmpty() ? null : e.byField()));
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiError> unreadable(Exception e) {
        log.info("Unreadable request: {}", e.getMessage());
        return ResponseEntity.badRequest().body(new ApiError("Dữ liệu gửi lên không đúng định dạng (ví dụ: nhập chữ vào ô số)."));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> beanInvalid(MethodArgumentNotValidException e) {
        List<String> details = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage()).toList();
        return ResponseEntity.badRequest().body(new ApiError("Dữ liệu không hợp lệ.", details));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
            MultipartException.class})
    ResponseEntity<ApiError> missingPart(Exception e) {
        log.info("Incomplete request: {}", e.getMessage());
        return ResponseEntity.badRequest().body(new ApiError("Thiếu thông tin bắt buộc trong yêu cầu (tệp hoặc mã tiêu chí)."));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(new ApiError("Tệp tải lên vượt quá dung lượng cho phép."));
    }

    /** A task listener or delegate refused a step with a user-facing message wrapped by the engine. */
    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<ApiError> engine(ProcessEngineException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UserFacingException u) {
                return refused(u);
            }
        }
        log.error("Engine error", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(new ApiError("Lỗi hệ thống khi xử lý quy trình."));
    }
}
