package th.go.bangkok.tidtam.change;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.project.Baseline;

/**
 * What the officer types in a change request: its kind, why, a description (required for the kinds without a
 * field on the form), and the proposed baseline (the current one where nothing changes).
 */
public record ChangeRequestData(
        @NotNull(message = "{change.kind.required}")
        ChangeKind kind,
        @NotBlank(message = "{change.reason.required}")
        @Size(max = Limits.RATIONALE, message = "{validation.tooLong}")
        String reason,
        @Size(max = Limits.RATIONALE, message = "{validation.tooLong}")
        String description,
        @NotNull @Valid
        Baseline proposed,
        long version) {
}
