package th.go.bangkok.tidtam.report;

import org.springframework.http.ContentDisposition;
import java.time.YearMonth;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.Messages;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;

/**
 * {@code /projects/{code}/form.pdf}: the official form, shown in the browser (inline) and saved as the project
 * code; {@code ?asOf=2026-03} gives it as it stood at the end of that closed month (a month outside the fiscal years
 * the portal knows, or no month at all, is a 400 with the reason in both languages). Signed-in users only (the security chain); the service decides who may see which project, and a project
 * one may not see is "not found" like one that does not exist.
 */
@RestController
class FormController {

    private final FormService forms;

    FormController(FormService forms) {
        this.forms = forms;
    }

    @GetMapping("/projects/{code}/form.pdf")
    ResponseEntity<byte[]> form(@PathVariable String code,
                                @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth asOf) {
        var form = forms.print(code, asOf);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(form.fileName())
                        .build().toString())
                .header("X-Tidtam-Reference", form.reference())
                .body(form.pdf());
    }

    /** A month that is not closed yet, say: the rule's message, in both languages. */
    @ExceptionHandler(BusinessRuleException.class)
    ResponseEntity<String> refused(BusinessRuleException e) {
        if (e instanceof NotFoundException) {
            return notFound();
        }
        return ResponseEntity.badRequest().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body(Messages.get(ThaiDates.THAI, e.messageKey(), e.arguments()) + "\n"
                        + Messages.get(Locale.ENGLISH, e.messageKey(), e.arguments()));
    }

    /** {@code asOf} that is not a month (asOf=2026-13, asOf=march): the same kind of answer, naming the form wanted. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<String> unreadable(MethodArgumentTypeMismatchException e) {
        return refused(new BusinessRuleException("form.asOf.invalid"));
    }

    /** A project that does not exist or may not be seen: the same answer, in both languages. */
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType("text", "plain",
                        java.nio.charset.StandardCharsets.UTF_8))
                .body(Messages.get(ThaiDates.THAI, "error.notFoundOrNotPermitted") + "\n" + Messages.get(Locale.ENGLISH, "error.notFoundOrNotPermitted"));
    }
}
