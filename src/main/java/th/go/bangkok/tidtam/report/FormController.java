package th.go.bangkok.tidtam.report;

import org.springframework.http.ContentDisposition;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import th.go.bangkok.tidtam.base.Messages;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;

/**
 * {@code /projects/{code}/form.pdf}: the official form, shown in the browser (inline) and saved as the project
 * code. Signed-in users only (the security chain); the service decides who may see which project, and a project
 * one may not see is "not found" like one that does not exist.
 */
@RestController
class FormController {

    private final FormService forms;

    FormController(FormService forms) {
        this.forms = forms;
    }

    @GetMapping("/projects/{code}/form.pdf")
    ResponseEntity<byte[]> form(@PathVariable String code) {
        var form = forms.print(code);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(form.fileName())
                        .build().toString())
                .header("X-Tidtam-Reference", form.reference())
                .body(form.pdf());
    }

    /** A project that does not exist or may not be seen: the same answer, in both languages. */
    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(new MediaType("text", "plain",
                        java.nio.charset.StandardCharsets.UTF_8))
                .body(Messages.get(ThaiDates.THAI, "error.notFoundOrNotPermitted") + "\n" + Messages.get(Locale.ENGLISH, "error.notFoundOrNotPermitted"));
    }
}
