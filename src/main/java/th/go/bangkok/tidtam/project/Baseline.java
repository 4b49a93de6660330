package th.go.bangkok.tidtam.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import th.go.bangkok.tidtam.base.Limits;

/**
 * The part of a running project that changes only through an approved change request: its period, its budget,
 * its objectives and its targets (sections 1.1, 1.4 and 1.5 of the form). Every approved version is kept.
 */
public record Baseline(
        @NotNull(message = "{project.startDate.required}")
        LocalDate startDate,
        @NotNull(message = "{project.endDate.required}")
        LocalDate endDate,
        @NotNull(message = "{project.budget.required}")
        @DecimalMin(value = "0.00", message = "{project.budget.range}")
        @DecimalMax(value = "100000000000.00", message = "{project.budget.range}")
        @Digits(integer = 12, fraction = 2, message = "{project.budget.digits}")
        BigDecimal budget,
        @NotNull @Size(max = Limits.LIST_ITEMS, message = "{project.list.tooMany}")
        List<@Size(max = Limits.LIST_ITEM, message = "{validation.tooLong}") String> objectives,
        @NotNull @Size(max = Limits.LIST_ITEMS, message = "{project.list.tooMany}")
        List<@Size(max = Limits.LIST_ITEM, message = "{validation.tooLong}") String> qualityTargets,
        @NotNull @Size(max = Limits.LIST_ITEMS, message = "{project.list.tooMany}")
        List<ProjectData.@Valid QuantityTargetData> quantityTargets) {

    /** The fields, by the names the audit trail and the change screens use. */
    public enum Field {
        START_DATE, END_DATE, BUDGET, OBJECTIVES, QUALITY_TARGETS, QUANTITY_TARGETS;

        public String messageKey() {
            return "baseline.field." + name().toLowerCase();
        }
    }

    @AssertTrue(message = "{project.dates.order}")
    public boolean isStartNotAfterEnd() {
        return startDate == null || endDate == null || !startDate.isAfter(endDate);
    }

    /** The fields in which {@code other} differs from this one, in form order. */
    public List<Field> differencesFrom(Baseline other) {
        var fields = new ArrayList<Field>();
        if (!Objects.equals(startDate, other.startDate)) {
            fields.add(Field.START_DATE);
        }
        if (!Objects.equals(endDate, other.endDate)) {
            fields.add(Field.END_DATE);
        }
        if (budget == null ? other.budget != null : other.budget == null || budget.compareTo(other.budget) != 0) {
            fields.add(Field.BUDGET);
        }
        if (!clean(objectives).equals(clean(other.objectives))) {
            fields.add(Field.OBJECTIVES);
        }
        if (!clean(qualityTargets).equals(clean(other.qualityTargets))) {
            fields.add(Field.QUALITY_TARGETS);
        }
        if (!targets(quantityTargets).equals(targets(other.quantityTargets))) {
            fields.add(Field.QUANTITY_TARGETS);
        }
        return fields;
    }

    /** This baseline with the given fields taken from {@code proposed}. */
    public Baseline with(Baseline proposed, List<Field> fields) {
        return new Baseline(
                fields.contains(Field.START_DATE) ? proposed.startDate : startDate,
                fields.contains(Field.END_DATE) ? proposed.endDate : endDate,
                fields.contains(Field.BUDGET) ? proposed.budget : budget,
                fields.contains(Field.OBJECTIVES) ? proposed.objectives : objectives,
                fields.contains(Field.QUALITY_TARGETS) ? proposed.qualityTargets : qualityTargets,
                fields.contains(Field.QUANTITY_TARGETS) ? proposed.quantityTargets : quantityTargets);
    }

    /** One field as people read it: dates in BE, 1,850,000.00 บาท, lists numbered. */
    public String text(Field field) {
        return switch (field) {
            case START_DATE -> th.go.bangkok.tidtam.base.ThaiDates.formatShort(startDate);
            case END_DATE -> th.go.bangkok.tidtam.base.ThaiDates.formatShort(endDate);
            case BUDGET -> budget == null ? "" : th.go.bangkok.tidtam.base.Baht.format(budget);
            case OBJECTIVES -> numbered(clean(objectives));
            case QUALITY_TARGETS -> numbered(clean(qualityTargets));
            case QUANTITY_TARGETS -> numbered(targets(quantityTargets));
        };
    }

    private static String numbered(List<String> items) {
        var lines = new ArrayList<String>();
        for (int i = 0; i < items.size(); i++) {
            lines.add((i + 1) + ". " + items.get(i));
        }
        return String.join("\n", lines);
    }

    private static List<String> clean(List<String> items) {
        return items == null ? List.of() : items.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }

    private static List<String> targets(List<ProjectData.QuantityTargetData> targets) {
        return targets == null ? List.of() : targets.stream().map(t -> t.toTarget().toString()).toList();
    }
}
