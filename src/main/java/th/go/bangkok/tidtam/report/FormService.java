package th.go.bangkok.tidtam.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.db.ReadModel;
import th.go.bangkok.tidtam.change.ChangeRequestView;
import th.go.bangkok.tidtam.change.ChangeService;
import th.go.bangkok.tidtam.change.ChangeStatus;
import th.go.bangkok.tidtam.progress.ProgressService;
import th.go.bangkok.tidtam.progress.ReportingCalendar;
import th.go.bangkok.tidtam.progress.ReportStatus;
import th.go.bangkok.tidtam.progress.ReportView;
import th.go.bangkok.tidtam.project.BaselineVersion;
import th.go.bangkok.tidtam.project.ProjectDetails;
import th.go.bangkok.tidtam.project.ProjectReadModel;
import th.go.bangkok.tidtam.project.QuantityTarget;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.security.CurrentUser;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official form (แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ) of one project, for anyone who may view
 * the project (the project service decides), and the verification of a printout. Each print is recorded with what
 * it said, field by field, under a reference derived from that content; {@link #verify} compares it with the live
 * record.
 */
@Service
public class FormService {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** A printout with its project's code, read through project's published model (the table is project's). */
    private static final String PRINTED = ReadModel.sql("""
            select f.fields, f.printed_at, f.printed_by, f.as_of, {p.code} from form_print f
            join {project} on {p.id} = f.project_id
            where f.reference = :reference
            """, ProjectReadModel.PROJECT);

    private final ProjectService projects;
    private final ProgressService progress;
    private final ChangeService changes;
    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String baseUrl;
    private final ReportingCalendar calendar;

    private final th.go.bangkok.tidtam.base.People people;

    FormService(ProjectService projects, ProgressService progress, ChangeService changes,
                NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, Clock clock,
                @Value("${tidtam.base-url:http://localhost:8080}") String baseUrl, ReportingCalendar calendar,
                th.go.bangkok.tidtam.base.People people) {
        this.calendar = calendar;
        this.people = people;
        this.projects = projects;
        this.progress = progress;
        this.changes = changes;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The form as it stands now; the print is recorded for verification. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public FormDocument print(String code) {
        return print(code, null);
    }

    /**
     * The form as the project stood at the end of {@code asOf}, a closed month (null: now): the reports filed up to
     * that month (frozen since), the plan and the changes approved by then, the budget used to then.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public FormDocument print(String code, YearMonth asOf) {
        if (asOf != null && !FiscalYear.known(asOf)) {
            throw new BusinessRuleException("form.asOf.outOfRange", asOf.toString());
        }
        if (asOf != null && !calendar.isClosed(asOf)) {
            throw new BusinessRuleException("form.asOf.notClosed", ThaiDates.formatMonth(asOf));
        }
        var content = content(code, asOf);
        var fields = fields(content, asOf);
        var reference = fields.reference();
        var now = clock.instant();
        jdbc.update("""
                insert ignore into form_print (reference, project_id, fields, printed_at, printed_by, as_of)
                values (:reference, :project, :fields, :at, :by, :asOf)
                """, new MapSqlParameterSource("reference", reference).addValue("project", content.project().id())
                .addValue("fields", JSON.writeValueAsString(fields.values())).addValue("at", Timestamp.from(now))
                .addValue("by", currentUser.require().getUsername())
                .addValue("asOf", asOf == null ? null : asOf.atDay(1)));
        var pdf = new FormPdf().render(content.project(), content.reports(), content.changes(), content.versions(),
                new FormPdf.Printing(now, reference, baseUrl + "/" + ReportNavigation.verify(reference), asOf));
        return new FormDocument(code + (asOf == null ? "" : "-" + asOf) + ".pdf", pdf, reference);
    }

    /**
     * Whether the printout with this reference still matches its project, for someone who may view the project;
     * anyone else learns nothing (not found).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Verification verify(String reference) {
        return check(reference);
    }

    /**
     * What anyone holding the paper may learn, signed in or not (issue #19: the QR code is scanned by people without
     * an account): whether the printout still matches the record, the project's code and name, and when it was
     * printed. Not who printed it, nor what changed: that stays with {@link #verify} for those who may view the
     * project. An unknown reference is not found. A reference is a hash of what the paper says (8 characters of
     * 32): it cannot be counted through nor guessed without the paper.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public PublicVerification publicCheck(String reference) {
        // the comparison reads the project as the form does, whoever asks; only the answer above leaves
        var full = th.go.bangkok.tidtam.security.SystemAuthentication.read(() -> check(reference));
        return new PublicVerification(full.reference(), full.projectCode(), full.projectName(), full.printedAt(),
                full.matches());
    }

    private Verification check(String reference) {
        var rows = jdbc.query(PRINTED, new MapSqlParameterSource("reference", reference.strip().toUpperCase()),
                (rs, i) -> new Object[] {rs.getString("fields"), rs.getTimestamp("printed_at").toInstant(),
                        rs.getString("printed_by"), rs.getString("code"),
                        rs.getDate("as_of") == null ? null : YearMonth.from(rs.getDate("as_of").toLocalDate())});
        if (rows.isEmpty()) {
            throw new NotFoundException("FormPrint", reference);
        }
        var row = rows.getFirst();
        var content = content((String) row[3], (YearMonth) row[4]);
        Map<String, String> printed = JSON.readValue((String) row[0], new TypeReference<LinkedHashMap<String, String>>() {
        });
        var live = fields(content, (YearMonth) row[4]);
        var printedBy = (String) row[2];
        return new Verification(reference.strip().toUpperCase(), content.project().code(), content.project().name(),
                (java.time.Instant) row[1], people.names(List.of(printedBy)).getOrDefault(printedBy, printedBy),
                live.changedSince(new FormFields(printed)));
    }

    /** What the printout says; a form as of a month says so, so it never shares a reference with a current one. */
    private static FormFields fields(Content content, YearMonth asOf) {
        var fields = FormFields.of(content.project(), content.reports(), content.changes());
        if (asOf != null) {
            fields.values().put("ข้อมูล ณ สิ้นเดือน", ThaiDates.formatMonth(asOf));
        }
        return fields;
    }

    private record Content(ProjectDetails project, List<ReportView> reports, List<ChangeRequestView> changes,
                           List<BaselineVersion> versions) {
    }

    /**
     * What the form prints: the project (its access check first), its filed reports in order, approved changes and
     * the plan's versions; with {@code asOf}, only what existed at the end of that month, the project's plan and
     * budget used as they were then.
     */
    private Content content(String code, YearMonth asOf) {
        var project = projects.get(code);
        var reports = progress.reports(code).stream()
                .filter(r -> r.number() != null && (r.status() == ReportStatus.SUBMITTED || r.status() == ReportStatus.FROZEN))
                .filter(r -> asOf == null || !r.month().isAfter(asOf))
                .sorted(Comparator.comparing(ReportView::number)).toList();
        var end = asOf == null ? null : asOf.plusMonths(1).atDay(1).atStartOfDay(ThaiDates.ZONE).toInstant();
        var approved = changes.requests(code).stream().filter(c -> c.status() == ChangeStatus.APPROVED)
                .filter(c -> end == null || c.decidedAt().isBefore(end))
                .sorted(Comparator.comparing(ChangeRequestView::decidedAt)).toList();
        var versions = projects.versions(code).stream()
                .filter(v -> end == null || v.recordedAt().isBefore(end)).toList();
        if (asOf != null) {
            project = asItWas(project, versions, reports);
        }
        return new Content(project, reports, approved, versions);
    }

    /** The project with the plan in force at the end of the month and the money reported by then. */
    private static ProjectDetails asItWas(ProjectDetails p, List<BaselineVersion> versions, List<ReportView> reports) {
        var used = reports.stream().map(ReportView::disbursed).filter(java.util.Objects::nonNull)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add).setScale(2);
        if (versions.isEmpty()) {
            return new ProjectDetails(p.code(), p.status(), p.fiscalYear(), p.name(), p.startDate(), p.endDate(),
                    p.budget(), used, p.agencyPath(), p.ownerName(), p.responsibleName(), p.responsiblePhone(),
                    p.coordinatorName(), p.coordinatorPhone(), p.rationale(), p.objectives(), p.qualityTargets(),
                    p.quantityTargets(), p.planChains(), p.id(), p.version(), p.data(), p.can(), p.importNotes());
        }
        var b = versions.getLast().baseline();
        var targets = b.quantityTargets().stream().map(t -> new QuantityTarget(t.description(), t.quantity(), t.unit(),
                t.breakdown().stream().map(part -> new QuantityTarget.Part(part.description(), part.quantity(),
                        part.items())).toList())).toList();
        return new ProjectDetails(p.code(), p.status(), p.fiscalYear(), p.name(), b.startDate(), b.endDate(),
                b.budget(), used, p.agencyPath(), p.ownerName(), p.responsibleName(), p.responsiblePhone(),
                p.coordinatorName(), p.coordinatorPhone(), p.rationale(), b.objectives(), b.qualityTargets(), targets,
                p.planChains(), p.id(), p.version(), p.data(), p.can(), p.importNotes());
    }
}
