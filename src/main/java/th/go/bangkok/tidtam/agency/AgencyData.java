package th.go.bangkok.tidtam.agency;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import th.go.bangkok.tidtam.base.Limits;

/**
 * What an administrator types about an agency. The code is for offices only. The Thai name is the short one people
 * say (สำนักงาน ก.ก.); the official name, when it differs, is the one documents print
 * (สำนักงานคณะกรรมการข้าราชการกรุงเทพมหานคร).
 */
public record AgencyData(
        @Pattern(regexp = "(\\d{8})?", message = "{agency.code.pattern}")
        String code,
        @NotBlank(message = "{agency.nameTh.required}")
        @Size(max = Limits.AGENCY_NAME, message = "{validation.tooLong}")
        String nameTh,
        @Size(max = Limits.AGENCY_NAME, message = "{validation.tooLong}")
        String nameEn,
        @Size(max = Limits.AGENCY_NAME, message = "{validation.tooLong}")
        String officialName,
        long version) {

    /**
     * The canonical constructor, declared first so that it is the first one the class holds: a buffered binder
     * (RecordBinder) builds the record with the first constructor.
     */
    public AgencyData {
    }

    /** An agency known by its short name only (no official name, or none yet). */
    public AgencyData(String code, String nameTh, String nameEn, long version) {
        this(code, nameTh, nameEn, null, version);
    }
}
