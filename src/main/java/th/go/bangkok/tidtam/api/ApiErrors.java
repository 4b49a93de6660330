package th.go.bangkok.tidtam.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.Messages;
import th.go.bangkok.tidtam.base.NotFoundException;

/**
 * The API's errors as small JSON objects, {@code {"status": 404, "error": "…"}}: a project the owner may not see is
 * "not found" exactly like one that does not exist; a page the role may not read is 403; a broken rule (a month
 * outside its fiscal year, a page too large) is 400 with the rule's message in English.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
class ApiErrors {

    record Error(int status, String error) {
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Error> notFound(NotFoundException e) {
        return of(HttpStatus.NOT_FOUND, "not found");
    }

    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<Error> refused(BusinessRuleException e) {
        return of(HttpStatus.BAD_REQUEST, Messages.get(java.util.Locale.ENGLISH, e.messageKey(), e.arguments()));
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            IllegalArgumentException.class})
    ResponseEntity<Error> unreadable(Exception e) {
        return of(HttpStatus.BAD_REQUEST, "invalid parameter");
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<Error> denied(Exception e) {
        return of(HttpStatus.FORBIDDEN, "not permitted");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<Error> method(HttpRequestMethodNotSupportedException e) {
        return of(HttpStatus.METHOD_NOT_ALLOWED, "read only");
    }

    private static ResponseEntity<Error> of(HttpStatus status, String error) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(new Error(status.value(), error));
    }

    /** For the security chain, which answers before Spring MVC does. */
    static void write(HttpServletResponse response, HttpStatus status, String error) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":" + status.value() + ",\"error\":\"" + error + "\"}");
    }
}
