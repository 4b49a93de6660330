package th.go.bangkok.tidtam.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import th.go.bangkok.tidtam.base.Limits;

/** What an administrator types about an agency. The code is for offices only. */
public record AgencyData(
        @Pattern(regexp = "(\\d{8})?", message = "{agency.code.pattern}")
        String code,
        @NotBlank(message = "{agency.nameTh.required}")
        @Size(max = Limits.AGENCY_NAME, message = "{validation.tooLong}")
        String nameTh,
        @Size(max = Limits.AGENCY_NAME, message = "{validation.tooLong}")
        String nameEn,
        long version) {
}
