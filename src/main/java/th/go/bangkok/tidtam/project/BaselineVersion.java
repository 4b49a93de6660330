package th.go.bangkok.tidtam.project;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A kept version of a project's baseline: number 0 is the original plan (แผนเดิม); later numbers come from
 * approved change requests, with what kind of change it was ({@code labelKey}, a message key) and the approval
 * letter's number and date. A change without baseline fields (a new method, say) keeps the same values.
 */
public record BaselineVersion(int number, Baseline baseline, Long changeRequestId, String labelKey, String letterNo,
                              LocalDate letterDate, Instant recordedAt, String recordedBy) {

    public boolean isOriginal() {
        return number == 0;
    }
}
