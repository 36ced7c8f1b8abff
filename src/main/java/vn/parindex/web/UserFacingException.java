package vn.parindex.web;

import org.springframework.http.HttpStatus;

/** A refusal the user must read: the message is Vietnamese, the status a 4xx. Nothing was changed. */
public class UserFacingException extends RuntimeException {

    private final HttpStatus status;

    public UserFacingException(HttpStatus status, String vietnameseMessage) {
        super(vietnameseMessage);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }

    public static UserFacingException badRequest(String message) {
        return new UserFacingException(HttpStatus.BAD_REQUEST, message);
    }

    public static UserFacingException notFound(String message) {
        return new UserFacingException(HttpStatus.NOT_FOUND, message);
    }

    public static UserFacingException conflict(String message) {
        return new UserFacingException(HttpStatus.CONFLICT, message);
    }

    public static UserFacingException forbidden(String message) {
        return new UserFacingException(HttpStatus.FORBIDDEN, message);
    }
}
