package th.go.bangkok.tidtam.report;

import java.sql.Timestamp;
import java.time.Clock;
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
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.change.ChangeRequestView;
import th.go.bangkok.tidtam.change.ChangeService;
import th.go.bangkok.tidtam.change.ChangeStatus;
import th.go.bangkok.tidtam.progress.ProgressService;
import th.go.bangkok.tidtam.progress.ReportStatus;
import th.go.bangkok.tidtam.progress.ReportView;
import th.go.bangkok.tidtam.project.ProjectDetails;
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

    private final ProjectService projects;
    private final ProgressService progress;
    private final ChangeService changes;
    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String baseUrl;

    FormService(ProjectService projects, ProgressService progress, ChangeService changes,
                NamedParameterJdbcTemplate jdbc, CurrentUser currentUser, Clock clock,
                @Value("${tidtam.base-url:http://localhost:8080}") String baseUrl) {
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
        var content = content(code);
        var fields = FormFields.of(content.project(), content.reports(), content.changes());
        var reference = fields.reference();
        var now = clock.instant();
        jdbc.update("""
                insert ignore into form_print (reference, project_id, fields, printed_at, printed_by)
                values (:reference, :project, :fields, :at, :by)
                """, new MapSqlParameterSource("reference", reference).addValue("project", content.project().id())
                .addValue("fields", JSON.writeValueAsString(fields.values())).addValue("at", Timestamp.from(now))
                .addValue("by", currentUser.require().getUsername()));
        var pdf = new FormPdf().render(content.project(), content.reports(), content.changes(),
                projects.versions(code), new FormPdf.Printing(now, reference, baseUrl + "/verify/" + reference));
        return new FormDocument(code + ".pdf", pdf, reference);
    }

    /**
     * Whether the printout with this reference still matches its project, for someone who may view the project;
     * anyone else learns nothing (not found).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Verification verify(String reference) {
        var rows = jdbc.query("""
                select f.fields, f.printed_at, f.printed_by, p.code from form_print f join project p on p.id = f.project_id
                where f.reference = :reference
                """, new MapSqlParameterSource("reference", reference.strip().toUpperCase()),
                (rs, i) -> new Object[] {rs.getString("fields"), rs.getTimestamp("printed_at").toInstant(),
                        rs.getString("printed_by"), rs.getString("code")});
        if (rows.isEmpty()) {
            throw new NotFoundException("FormPrint", reference);
        }
        var row = rows.getFirst();
        var content = content((String) row[3]);
        Map<String, String> printed = JSON.readValue((String) row[0], new TypeReference<LinkedHashMap<String, String>>() {
        });
        var live = FormFields.of(content.project(), content.reports(), content.changes());
        return new Verification(reference.strip().toUpperCase(), content.project().code(), content.project().name(),
                (java.time.Instant) row[1], (String) row[2], live.changedSince(new FormFields(printed)));
    }

    private record Content(ProjectDetails project, List<ReportView> reports, List<ChangeRequestView> changes) {
    }

    /** What the form prints: the project (its access check first), its filed reports in order, approved changes. */
    private Content content(String code) {
        var project = projects.get(code);
        var reports = progress.reports(code).stream()
                .filter(r -> r.number() != null && (r.status() == ReportStatus.SUBMITTED || r.status() == ReportStatus.FROZEN))
                .sorted(Comparator.comparing(ReportView::number)).toList();
        var approved = changes.requests(code).stream().filter(c -> c.status() == ChangeStatus.APPROVED)
                .sorted(Comparator.comparing(ChangeRequestView::decidedAt)).toList();
        return new Content(project, reports, approved);
    }
}
