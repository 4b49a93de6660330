package th.go.bangkok.tidtam.strategy;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.base.Limits;

/** What an administrator types about a plan node. Codes may be typed in Thai digits; they are stored in Arabic. */
public record PlanNodeData(
        @NotBlank(message = "{plan.code.required}")
        @Pattern(regexp = "[0-9๐-๙]+(\\.[0-9๐-๙]+){0,3}", message = "{plan.code.pattern}")
        String code,
        @NotBlank(message = "{plan.nameTh.required}")
        @Size(max = Limits.PLAN_NAME, message = "{validation.tooLong}")
        String nameTh,
        @Size(max = Limits.PLAN_NAME, message = "{validation.tooLong}")
        String nameEn,
        @Min(value = FiscalYear.MIN, message = "{plan.fy.range}") @Max(value = FiscalYear.MAX, message = "{plan.fy.range}")
        int validFromFy,
        Integer validToFy,
        long version) {

    @AssertTrue(message = "{plan.fy.order}")
    public boolean isValidRange() {
        return validToFy == null || validToFy >= validFromFy;
    }
}
