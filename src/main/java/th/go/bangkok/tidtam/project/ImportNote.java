package th.go.bangkok.tidtam.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A line of an old-system export the importer could not place (a target line without a number, an indicator it
 * cannot link, a line it does not recognise), kept with the project as filed, with its line number in the file,
 * and printed (issue #16: nothing is lost).
 */
@Embeddable
public record ImportNote(
        @Min(value = 0, message = "{project.importNote.line}")
        @Column(name = "line_no", nullable = false)
        int lineNo,
        @NotBlank(message = "{project.importNote.text}")
        @Size(max = ImportNote.MAX_TEXT, message = "{validation.tooLong}")
        @Column(name = "note_text", nullable = false, columnDefinition = "TEXT")
        String text) {

    /** A TEXT column; a line of an export is far shorter. */
    public static final int MAX_TEXT = 20_000;
}
