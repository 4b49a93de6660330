package th.go.bangkok.tidtam.legacy;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.base.Baht;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.db.ReadModel;
import th.go.bangkok.tidtam.progress.ProgressService;
import th.go.bangkok.tidtam.progress.ReportView;
import th.go.bangkok.tidtam.project.ProjectData;
import th.go.bangkok.tidtam.project.ProjectReadModel;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.strategy.PlanNodeView;

/**
 * What a newer export of an imported project would change: whether this very file was imported already, its fields
 * against the project as stored, the reports and approvals it would add. Reads only; package-private, for
 * {@link LegacyImports}.
 */
@Component
class ImportDifferences {

    /** The imports of this very file into the project (its code read through project's published model). */
    private static final String IMPORTED = ReadModel.sql("""
            select count(*) from legacy_import i join {project} on {p.id} = i.project_id
            where {p.code} = ? and i.checksum = ?
            """, ProjectReadModel.PROJECT);
    private static final String LETTERS = ReadModel.sql("""
            select c.letter_no from change_request c join {project} on {p.id} = c.project_id
            where {p.code} = ? and c.letter_no is not null
            """, ProjectReadModel.PROJECT);

    private final ProjectService projects;
    private final ProgressService progress;
    private final JdbcTemplate jdbc;

    ImportDifferences(ProjectService projects, ProgressService progress, JdbcTemplate jdbc) {
        this.projects = projects;
        this.progress = progress;
        this.jdbc = jdbc;
    }

    /** The project's reports as an import sees them (see {@link Held}). */
    Held held(String code) {
        return Held.of(progress.reports(code));
    }

    boolean alreadyImported(String code, String checksum) {
        var same = jdbc.queryForObject(IMPORTED, Long.class, code, checksum);
        return same != null && same > 0;
    }

    HashSet<String> recordedLetters(String code) {
        return new HashSet<>(jdbc.queryForList(LETTERS, String.class, code));
    }

    /** What a newer export would change in the imported project: its fields, new reports, new approvals. */
    List<ImportPreview.Change> differences(LegacyProject p, String agencyPath, List<Long> planNodeIds,
                                           List<PlanNodeView> nodes, List<Finding> findings) {
        var now = projects.get(p.code());
        var diff = new ArrayList<ImportPreview.Change>();
        field(diff, "project.field.name", now.name(), p.name());
        field(diff, "project.field.fiscalYear", String.valueOf(now.fiscalYear()), String.valueOf(p.fiscalYear()));
        field(diff, "project.field.startDate", date(now.startDate()), date(p.startDate()));
        field(diff, "project.field.endDate", date(now.endDate()), date(p.endDate()));
        field(diff, "project.field.budget", money(now.budget()), money(p.budget()));
        field(diff, "project.field.agency", now.agencyPath(), agencyPath);
        field(diff, "project.field.responsible", now.responsibleName(), p.responsible().name());
        field(diff, "legacy.field.responsiblePhone", now.responsiblePhone(), p.responsible().phone());
        field(diff, "project.field.coordinator", now.coordinatorName(), p.coordinator().name());
        field(diff, "legacy.field.coordinatorPhone", now.coordinatorPhone(), p.coordinator().phone());
        field(diff, "project.section.rationale", now.rationale(), p.rationale());
        field(diff, "project.objective", String.join("\n", now.objectives()), String.join("\n", p.objectives()));
        field(diff, "project.target.quality", String.join("\n", now.qualityTargets()),
                String.join("\n", p.qualityTargets()));
        field(diff, "legacy.field.quantityTargets", now.data().quantityTargets().stream().map(ImportDifferences::target)
                .collect(Collectors.joining("\n")), p.quantityTargets().stream().map(ImportDifferences::target)
                .collect(Collectors.joining("\n")));
        field(diff, "legacy.field.plan", planNames(now.data().planNodeIds(), nodes),
                planNames(planNodeIds, nodes));
        field(diff, LegacyImports.NOTES, now.importNotes().stream().map(n -> n.lineNo() + ": " + n.text())
                .collect(Collectors.joining("\n")), LegacyImports.importNotes(p).stream().map(n -> n.lineNo() + ": " + n.text())
                .collect(Collectors.joining("\n")));
        var held = held(p.code());
        for (var r : p.reports()) {
            var mine = held.imported().get(r.number());
            if (mine == null && held.monthFiledHere(r)) {
                // the month holds a report filed here: it stays the officer's, the file's is not brought in
                findings.add(Finding.warning(r.line(), "monthFiledHere", r.number(),
                        ThaiDates.formatMonth(YearMonth.from(r.date()))));
                continue;
            }
            var theirs = summary(r.date(), r.progress(), r.disbursed(), r.steps());
            if (mine == null) {
                diff.add(new ImportPreview.Change(LegacyImports.REPORT_NEW, "", theirs));
            } else if (!theirs.equals(summary(mine.reportDate(), mine.progress(), mine.disbursed(), mine.steps()))) {
                findings.add(Finding.warning(r.line(), "reportKept", r.number()));
            }
        }
        var letters = recordedLetters(p.code());
        for (var change : p.changes()) {
            if (!letters.contains(change.letterNo())) {
                diff.add(new ImportPreview.Change(LegacyImports.APPROVAL, "", change.letterNo() + " "
                        + date(change.letterDate())));
            }
        }
        return diff;
    }

    /**
     * The project's reports as an import sees them: those it brought, by the old system's number (a report is the
     * same one when it has the same number), and the months holding a report filed here, which no import enters.
     */
    record Held(Map<Integer, ReportView> imported, java.util.Set<YearMonth> filedHere) {

        static Held of(List<ReportView> reports) {
            return new Held(reports.stream().filter(r -> r.number() != null && !r.filedHere())
                    .collect(Collectors.toMap(ReportView::number, r -> r, (a, b) -> a)),
                    reports.stream().filter(ReportView::filedHere).map(ReportView::month).collect(Collectors.toSet()));
        }

        boolean monthFiledHere(LegacyProject.Report r) {
            return filedHere.contains(YearMonth.from(r.date()));
        }
    }

    private static String planNames(List<Long> ids, List<PlanNodeView> nodes) {
        var names = nodes.stream().filter(n -> ids.contains(n.id()))
                .map(n -> (n.code() == null ? "" : n.code() + " ") + n.nameTh()).toList();
        return String.join("\n", names);
    }

    private static void field(List<ImportPreview.Change> diff, String label, String before, String after) {
        var b = before == null ? "" : before.strip();
        var a = after == null ? "" : after.strip();
        if (!b.equals(a)) {
            diff.add(new ImportPreview.Change(label, b, a));
        }
    }

    /** A target with its groups and their items, so that a newer export changing only an item shows. */
    private static String target(ProjectData.QuantityTargetData t) {
        var text = new StringBuilder(t.description() + " " + number(t.quantity()) + " " + (t.unit() == null ? "" : t.unit()));
        for (var part : t.breakdown()) {
            text.append(" / ").append(part.description()).append(' ').append(number(part.quantity()));
            for (var item : part.items()) {
                text.append(" / ").append(item.text());
            }
        }
        return text.toString();
    }

    private static String number(BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }

    private static String summary(java.time.LocalDate date, BigDecimal progress, BigDecimal disbursed, String steps) {
        return date(date) + " · " + (progress == null ? "–" : progress.setScale(2) + " %") + " · "
                + (disbursed == null ? "–" : money(disbursed)) + " · " + (steps == null ? "" : steps.strip());
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? "" : ThaiDates.formatShort(date);
    }

    private static String money(BigDecimal amount) {
        return amount == null ? "" : Baht.format(amount);
    }
}
