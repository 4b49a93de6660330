package th.go.bangkok.tidtam.indicator;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What the owning agency types for a quarter: the value as written (a number target needs a number: "1,250",
 * "๑๒.๕" and "80 %" are read, "ครึ่งหนึ่ง" is refused with a clear message), or for a milestone whether it is done
 * and on which day; a short note. The version is the one read, or null when the quarter had no result yet (then
 * someone else's result saved in between is a conflict, not overwritten).
 */
public record ResultData(
        @Size(max = 30, message = "{validation.tooLong}")
        String value,
        Boolean done,
        LocalDate doneOn,
        @Size(max = 1000, message = "{validation.tooLong}")
        String note,
        Long version) {
}
