package vn.parindex.web;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns refusals into {@code {"message": "..."}} bodies with a Vietnamese message. Global, not limited to the app's
 * controllers: a malformed upload is refused while the request is parsed, before any controller is chosen.
 */
@RestControllerAdvice
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
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BoundedNumbersModule.OutOfBounds) {
                return ResponseEntity.badRequest().body(new ApiError("Số không hợp lệ: chỉ nhận " + Numbers.RULE + "."));
            }
            if (t instanceof BoundedTextModule.Refused text) {
                return ResponseEntity.badRequest().body(new ApiError(text.getOriginalMessage()));
            }
        }
        return ResponseEntity.badRequest().body(new ApiError("Dữ liệu gửi lên không đúng định dạng (ví dụ: nhập chữ vào ô số)."));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> beanInvalid(MethodArgumentNotValidException e) {
        List<String> details = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage()).toList();
        return ResponseEntity.badRequest().body(new ApiError("Dữ liệu không hợp lệ.", details));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    ResponseEntity<ApiError> missingPart(Exception e) {
        log.info("Incomplete request: {}", e.getMessage());
        return ResponseEntity.badRequest().body(new ApiError("Thiếu thông tin bắt buộc trong yêu cầu (tệp hoặc mã tiêu chí)."));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(new ApiError("Tệp tải lên vượt quá dung lượng cho phép."));
    }

    /** The container refused the upload while parsing it: a control character in a file name, a broken body. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> unparsableUpload(MultipartException e) {
        log.info("Unparsable upload: {}", e.getMostSpecificCause().toString());
        return ResponseEntity.badRequest().body(new ApiError(
                "Không đọc được tệp tải lên: tên tệp chứa ký tự không hợp lệ hoặc nội dung gửi lên bị hỏng."));
    }

    /** What Spring MVC refuses before any controller runs: an unknown address, a wrong method or media type. */
    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class,
            HttpRequestMethodNotSupportedException.class, HttpMediaTypeException.class})
    ResponseEntity<ApiError> mvcRefusal(Exception e) {
        HttpStatusCode status = ((ErrorResponse) e).getStatusCode();
        String message = switch (status.value()) {
            case 404 -> "Không tìm thấy địa chỉ yêu cầu.";
            case 405 -> "Địa chỉ này không nhận phương thức " + (e instanceof HttpRequestMethodNotSupportedException m
                    ? m.getMethod() : "") + ".";
            case 406, 415 -> "Định dạng dữ liệu gửi lên hoặc yêu cầu nhận về không được hỗ trợ.";
            default -> "Yêu cầu không hợp lệ.";
        };
        log.info("Request refused by MVC ({}): {}", status.value(), e.getMessage());
        return ResponseEntity.status(status.is4xxClientError() ? status : HttpStatus.BAD_REQUEST).body(new ApiError(message));
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
