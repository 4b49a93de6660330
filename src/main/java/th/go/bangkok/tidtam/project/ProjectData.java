package th.go.bangkok.tidtam.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.base.NewDataRule;

/**
 * Everything the officer types about a project, in the order of the form. The code may be left empty (the
 * next free serial of the office is taken) or given in full; it cannot change after creation. Constraints marked
 * {@link NewDataRule} govern what is filed here; an imported project breaking them is kept as filed.
 */
public record ProjectData(
        @Pattern(regexp = "(\\d{8}-\\d{4})?", message = "{project.code.pattern}")
        String code,
        @NotBlank(message = "{project.name.required}")
        @Size(max = Limits.PROJECT_NAME, message = "{validation.tooLong}")
        String name,
        @Min(value = FiscalYear.MIN, message = "{project.fiscalYear.range}")
        @Max(value = FiscalYear.MAX, message = "{project.fiscalYear.range}")
        int fiscalYear,
        @NotNull(message = "{project.startDate.required}", payload = NewDataRule.class)
        LocalDate startDate,
        @NotNull(message = "{project.endDate.required}", payload = NewDataRule.class)
        LocalDate endDate,
        @NotNull(message = "{project.budget.required}")
        @DecimalMin(value = "0.00", message = "{project.budget.range}")
        @DecimalMax(value = "100000000000.00", message = "{project.budget.range}")
        @Digits(integer = 12, fraction = 2, message = "{project.budget.digits}")
        BigDecimal budget,
        @NotNull(message = "{project.agency.required}")
        Long agencyId,
        @NotBlank(message = "{project.responsibleName.required}", payload = NewDataRule.class)
        @Size(max = Limits.PERSON_NAME, message = "{validation.tooLong}")
        String responsibleName,
        @Size(max = Limits.PHONE, message = "{validation.tooLong}")
        String responsiblePhone,
        @Size(max = Limits.PERSON_NAME, message = "{validation.tooLong}")
        String coordinatorName,
        @Size(max = Limits.PHONE, message = "{validation.tooLong}")
        String coordinatorPhone,
        @Size(max = Limits.RATIONALE, message = "{validation.tooLong}")
        String rationale,
        @NotNull @Size(max = Limits.LIST_ITEMS, message = "{project.list.tooMany}")
        List<@Size(max = Limits.LIST_ITEM, message = "{validation.tooLong}") String> objectives,
        @NotNull @Size(max = Limits.LIST_ITEMS, message = "{project.list.tooMany}")
        List<@Size(max = Limits.LIST_ITEM, message = "{validation.tooLong}") String> qualityTargets,
        @NotNull @Size(max = Limits.LIST_ITEMS, message = "{project.list.tooMany}")
        List<@Valid QuantityTargetData> quantityTargets,
        @NotNull @Size(max = Limits.LIST_ITEMS, message = "{project.list.tooMany}")
        List<Long> planNodeIds,
        long version) {

    @AssertTrue(message = "{project.dates.order}", payload = NewDataRule.class)
    public boolean isStartNotAfterEnd() {
        return startDate == null || endDate == null || !startDate.isAfter(endDate);
    }

    @AssertTrue(message = "{project.dates.fiscalYear}", payload = NewDataRule.class)
    public boolean isPeriodInFiscalYear() {
        if (startDate == null || endDate == null || fiscalYear < FiscalYear.MIN || fiscalYear > FiscalYear.MAX) {
            return true;
        }
        return FiscalYear.of(fiscalYear).overlaps(startDate, endDate);
    }

    /** A quantitative target as typed; the breakdown, when given, must add up to the quantity. */
    public record QuantityTargetData(
            @NotBlank(message = "{project.target.description.required}")
            @Size(max = Limits.TARGET_DESCRIPTION, message = "{validation.tooLong}")
            String description,
            @NotNull(message = "{project.target.quantity.required}")
            @DecimalMin(value = "0", message = "{project.target.quantity.range}")
            @Digits(integer = 13, fraction = 2, message = "{project.target.quantity.range}")
            BigDecimal quantity,
            @NotBlank(message = "{project.target.unit.required}")
            @Size(max = Limits.UNIT, message = "{validation.tooLong}")
            String unit,
            @NotNull @Size(max = Limits.BREAKDOWN_PARTS, message = "{project.list.tooMany}")
            List<@Valid Part> breakdown) {

        @AssertTrue(message = "{project.target.breakdown.sum}", payload = NewDataRule.class)
        public boolean isBreakdownAddingUp() {
            if (breakdown == null || breakdown.isEmpty() || quantity == null
                    || breakdown.stream().anyMatch(p -> p.quantity() == null)) {
                return true;
            }
            return breakdown.stream().map(Part::quantity).reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(quantity) == 0;
        }

        /** The target as the form prints it, line by line: the whole, its groups, their items. */
        public List<QuantityTarget.Line> lines() {
            return toTarget().lines();
        }

        QuantityTarget toTarget() {
            return new QuantityTarget(description.strip(), quantity, unit.strip(), breakdown.stream()
                    .map(p -> new QuantityTarget.Part(p.description().strip(), p.quantity(), p.items())).toList());
        }

        static QuantityTargetData of(QuantityTarget target) {
            return new QuantityTargetData(target.description(), target.quantity(), target.unit(),
                    target.breakdown().stream().map(p -> new Part(p.description(), p.quantity(), p.items())).toList());
        }
    }

    /**
     * One part of a breakdown: "ข้าราชการ 1,100". Its items come only from old-system exports and are never added
     * up (decision 0008); the project form keeps them as they are when it edits the part.
     */
    public record Part(
            @NotBlank(message = "{project.target.description.required}")
            @Size(max = Limits.TARGET_DESCRIPTION, message = "{validation.tooLong}")
            String description,
            @NotNull(message = "{project.target.quantity.required}")
            @DecimalMin(value = "0", message = "{project.target.quantity.range}")
            BigDecimal quantity,
            @Size(max = Limits.LIST_ITEMS, message = "{project.list.tooMany}")
            List<QuantityTarget.@Valid Item> items) {

        public Part {
            // kept baselines and change requests written before items existed have none
            items = items == null ? List.of() : List.copyOf(items);
        }

        public Part(String description, BigDecimal quantity) {
            this(description, quantity, List.of());
        }
    }
}
