package th.go.bangkok.tidtam.legacy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanNodeView;

/**
 * What the preview does so that history is kept as it was filed (docs/decisions/0015-history-as-filed.md): the
 * breaks of the portal's rules said as warnings, what cannot be a record of ours kept as a note, and the office
 * found by the code when the file names none.
 */
final class AsFiled {

    private AsFiled() {
    }

    /**
     * Reports filed here are monthly; the old system took two in one month now and then (mid-month and month end).
     * History is kept as filed (decision 0015): both are stored, and the break of our rule is said.
     */
    static void sameMonth(LegacyProject project, List<Finding> findings) {
        var seen = new HashMap<YearMonth, LegacyProject.Report>();
        for (var r : project.reports()) {
            var first = seen.putIfAbsent(YearMonth.from(r.date()), r);
            if (first != null) {
                findings.add(Finding.warning(r.line(), "sameMonth", r.number(), first.number(),
                        ThaiDates.formatMonth(YearMonth.from(r.date()))));
            }
        }
    }

    /**
     * A report dated after today cannot have been filed: it is set aside as text with the project (nothing is
     * lost) and said, and the rest is imported.
     */
    static LegacyProject notYetFiled(LegacyProject project, java.time.LocalDate today, List<Finding> findings) {
        return setAside(project, r -> r.date().isAfter(today),
                r -> Finding.warning(r.line(), "reportFuture", r.number(), ThaiDates.formatShort(r.date())),
                AsFiled::reportText, findings);
    }

    /**
     * The lines of section 1.6 that link to nothing of ours (an indicator our plan does not have, a goal with
     * another code) are kept with the project as the file had them: nothing is lost. A plan item the importer
     * chose instead leaves all of them unlinked.
     */
    static LegacyProject unlinkedPlanKept(LegacyProject project, List<PlanNodeView> nodes,
                                                  List<Long> linked, ImportChoices choices) {
        var notes = new ArrayList<LegacyProject.Note>();
        var chain = linkedChain(linked, nodes);
        for (var ref : project.plan()) {
            boolean kept = choices.planNodeId() == null && chain.stream().anyMatch(n -> n.level() == ref.level()
                    && (ref.code() == null ? n.nameTh().equals(ref.name()) : ref.code().equals(n.code())));
            if (!kept && (ref.level() == PlanLevel.GOAL || ref.level() == PlanLevel.INDICATOR)) {
                notes.add(new LegacyProject.Note(ref.line(), label(ref.level()) + " : "
                        + (ref.code() == null ? "" : ThaiDates.toThaiDigits(ref.code()) + " ") + ref.name()));
            }
        }
        return notes.isEmpty() ? project : with(project, project.reports(), notes);
    }

    private static String label(PlanLevel level) {
        return level == PlanLevel.GOAL ? "เป้าหมายที่" : "ตัวชี้วัด";
    }

    /** The linked node and the nodes above it. */
    private static List<PlanNodeView> linkedChain(List<Long> linked, List<PlanNodeView> nodes) {
        var byId = nodes.stream().collect(Collectors.toMap(PlanNodeView::id, n -> n));
        var chain = new ArrayList<PlanNodeView>();
        for (var id : linked) {
            for (var n = byId.get(id); n != null; n = n.parentId() == null ? null : byId.get(n.parentId())) {
                chain.add(n);
            }
        }
        return chain;
    }

    /**
     * A report this portal cannot hold as a report (progress over 100 %, steps longer than a report keeps) is kept
     * with the project as its text instead, and said; the file's other reports are stored.
     */
    static LegacyProject storableReports(LegacyProject project, jakarta.validation.Validator validator,
                                         java.util.function.Function<LegacyProject.Report, Object> asData,
                                         List<Finding> findings) {
        return setAside(project, r -> !validator.validate(asData.apply(r)).isEmpty(),
                r -> Finding.warning(r.line(), "reportNotStorable", r.number()),
                r -> reportText(r) + (r.progress() == null ? ""
                        : " ความก้าวหน้าของงานฯ = " + r.progress().toPlainString() + " %"), findings);
    }

    /** The reports that cannot be stored as reports become notes with their text, each said; the rest stay. */
    private static LegacyProject setAside(LegacyProject project, java.util.function.Predicate<LegacyProject.Report> aside,
                                          java.util.function.Function<LegacyProject.Report, Finding> warning,
                                          java.util.function.Function<LegacyProject.Report, String> text,
                                          List<Finding> findings) {
        var set = project.reports().stream().filter(aside).toList();
        if (set.isEmpty()) {
            return project;
        }
        set.forEach(r -> findings.add(warning.apply(r)));
        return with(project, project.reports().stream().filter(r -> !set.contains(r)).toList(),
                set.stream().map(r -> new LegacyProject.Note(r.line(), text.apply(r))).toList());
    }

    private static String reportText(LegacyProject.Report r) {
        return "รายงานครั้งที่ " + r.number() + " " + ThaiDates.formatShort(r.date()) + " "
                + (r.steps() == null ? "" : r.steps());
    }

    /** The project with these reports, and these notes beside its own in the order of their lines. */
    private static LegacyProject with(LegacyProject project, List<LegacyProject.Report> reports,
                                      List<LegacyProject.Note> added) {
        var notes = new ArrayList<>(project.notes());
        notes.addAll(added);
        notes.sort(Comparator.comparingInt(LegacyProject.Note::line));
        return project.with(reports, List.copyOf(notes));
    }

    /** The parser already said it in the file's words (its line): no second warning for the same break. */
    static boolean warned(List<Finding> findings, jakarta.validation.ConstraintViolation<?> violation) {
        var parserKey = switch (violation.getMessageTemplate()) {
            case "{project.target.breakdown.sum}" -> "partsMismatch";
            case "{project.dates.order}" -> "endBeforeStart";
            case "{project.dates.fiscalYear}" -> "dateOutsideYear";
            case "{project.responsibleName.required}" -> "responsible.missing";
            default -> null;
        };
        return parserKey != null && findings.stream().anyMatch(f -> f.key().equals(parserKey));
    }

    /** No agency printed: the office whose code the project's code starts with (its 8-digit prefix). */
    static AgencyNode byCodePrefix(String code, List<AgencyNode> all) {
        if (code == null || !code.matches("\\d{8}-\\d{4}")) {
            return null;
        }
        var prefix = code.substring(0, 8);
        return all.stream().filter(a -> a.parentId() == null && prefix.equals(a.code())).findFirst().orElse(null);
    }
}
