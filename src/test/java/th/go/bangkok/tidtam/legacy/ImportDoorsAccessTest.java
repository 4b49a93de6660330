package th.go.bangkok.tidtam.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.Access;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.ImportScope;
import th.go.bangkok.tidtam.change.ChangeImportService;
import th.go.bangkok.tidtam.change.ChangeService;
import th.go.bangkok.tidtam.progress.HistoricalReport;
import th.go.bangkok.tidtam.progress.ProgressReportData;
import th.go.bangkok.tidtam.progress.ProgressService;
import th.go.bangkok.tidtam.progress.ReportImportService;
import th.go.bangkok.tidtam.project.ImportNote;
import th.go.bangkok.tidtam.project.ImportedProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectData;
import th.go.bangkok.tidtam.project.ProjectFilingService;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectImportService;
import th.go.bangkok.tidtam.project.ProjectService;

/**
 * Every method of the import doors the legacy importer uses (projects, reports, approved changes) against every role,
 * anonymous and the officer of another office, on the real database, each call inside an open import scope so that
 * only the role and the agency decide. A head imports nothing; an officer only for their own units.
 */
@IntegrationTest
class ImportDoorsAccessTest {

    static final Set<String> IMPORTERS = Set.of(TestUsers.OFFICER, TestUsers.COORDINATOR, TestUsers.ADMIN);
    /** Whether a code was imported says nothing of a project's content: any role that may import may ask. */
    static final Set<String> ANY_IMPORTER = Set.of(TestUsers.OFFICER, TestUsers.OFFICER_OTHER_OFFICE,
            TestUsers.COORDINATOR, TestUsers.ADMIN);

    @Autowired
    ProjectImportService projectImports;
    @Autowired
    ReportImportService reportImports;
    @Autowired
    ChangeImportService changeImports;
    @Autowired
    ProjectService projects;
    @Autowired
    ProjectFilingService filing;
    @Autowired
    ProgressService progress;
    @Autowired
    ChangeService changes;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    ImportedProjectFixtures imported;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    static Stream<Arguments> matrix() {
        return Access.matrix(Map.ofEntries(
                Map.entry("project.importProject", IMPORTERS),
                Map.entry("project.reimport", IMPORTERS),
                Map.entry("project.keepImportNotes", IMPORTERS),
                Map.entry("project.importedRef", IMPORTERS),
                Map.entry("project.isImported", ANY_IMPORTER),
                Map.entry("report.recordImported", IMPORTERS),
                Map.entry("report.recordHistorical", Access.ADMIN_ONLY),
                Map.entry("change.recordImported", IMPORTERS)));
    }

    @ParameterizedTest(name = "{0} → {1}: allowed={2}")
    @MethodSource("matrix")
    void each_role_is_allowed_or_denied_each_import_door_while_a_file_is_imported(String user, String action,
                                                                                 boolean allowed) {
        clock.set(OffsetDateTime.parse("2026-03-20T10:00:00+07:00").toInstant());
        var code = imported.importedWithLevels("โครงการสิทธิ์นำเข้า " + UUID.randomUUID());
        var data = users.as(TestUsers.COORDINATOR, () -> projects.get(code).data());
        var newCode = users.as(TestUsers.ADMIN, () -> filing.proposeCode(data.agencyId()));
        var report = new ProgressReportData(LocalDate.of(2025, 12, 20), "ประชุมคณะทำงาน", new BigDecimal("5.00"), null,
                null, null, null, 0);
        Runnable call = switch (action) {
            case "project.importProject" -> () -> assertThat(ImportScope.open(newCode,
                    () -> projectImports.importProject(withCode(fixtures.valid("โครงการนำเข้าใหม่ " + newCode), newCode))))
                    .isEqualTo(newCode);
            case "project.reimport" -> () -> ImportScope.open(code, () -> {
                projectImports.reimport(code, withRationale(data, "นำเข้าอีกครั้ง"));
                return null;
            });
            case "project.keepImportNotes" -> () -> ImportScope.open(code, () -> {
                projectImports.keepImportNotes(code, List.of(new ImportNote(9, "บรรทัดใหม่")));
                return null;
            });
            case "project.importedRef" -> () -> assertThat(projectImports.importedRef(code).code()).isEqualTo(code);
            case "project.isImported" -> () -> assertThat(projectImports.isImported(code)).isTrue();
            case "report.recordImported" -> () -> ImportScope.open(code, () -> reportImports.recordImported(code,
                    List.of(new HistoricalReport(YearMonth.of(2025, 12), report))));
            case "report.recordHistorical" -> () -> reportImports.recordHistorical(code, YearMonth.of(2025, 12), report,
                    false, "นำเข้า");
            case "change.recordImported" -> () -> ImportScope.open(code, () -> changeImports.recordImported(code,
                    "ขยายระยะเวลาตามหนังสืออนุมัติ", "กท 1234/2568", LocalDate.of(2025, 12, 1)));
            default -> throw new IllegalArgumentException(action);
        };
        if (allowed) {
            // admitted means the call goes through: any exception fails, and what it writes is there
            users.as(user, call);
            users.as(TestUsers.COORDINATOR, () -> {
                switch (action) {
                    case "project.importProject" -> assertThat(projectImports.isImported(newCode)).isTrue();
                    case "project.reimport" -> assertThat(projects.get(code).rationale()).isEqualTo("นำเข้าอีกครั้ง");
                    case "project.keepImportNotes" -> assertThat(projects.get(code).importNotes())
                            .containsExactly(new ImportNote(9, "บรรทัดใหม่"));
                    case "report.recordImported", "report.recordHistorical" ->
                            assertThat(progress.reports(code)).singleElement()
                                    .satisfies(r -> assertThat(r.progress()).isEqualByComparingTo("5.00"));
                    case "change.recordImported" -> assertThat(changes.requests(code)).hasSize(1);
                    default -> { }
                }
            });
        } else {
            Access.check(users, user, false, call);
            users.as(TestUsers.COORDINATOR, () -> {
                assertThat(projectImports.isImported(newCode)).isNull();
                assertThat(projects.get(code).rationale()).isEqualTo(data.rationale());
                assertThat(projects.get(code).importNotes()).isEqualTo(ImportedProjectFixtures.NOTES);
                assertThat(progress.reports(code)).isEmpty();
                assertThat(changes.requests(code)).isEmpty();
            });
        }
    }

    static ProjectData withCode(ProjectData d, String code) {
        return new ProjectData(code, d.name(), d.fiscalYear(), d.startDate(), d.endDate(), d.budget(), d.agencyId(),
                d.responsibleName(), d.responsiblePhone(), d.coordinatorName(), d.coordinatorPhone(), d.rationale(),
                d.objectives(), d.qualityTargets(), d.quantityTargets(), d.planNodeIds(), 0);
    }

    static ProjectData withRationale(ProjectData d, String rationale) {
        return new ProjectData(d.code(), d.name(), d.fiscalYear(), d.startDate(), d.endDate(), d.budget(), d.agencyId(),
                d.responsibleName(), d.responsiblePhone(), d.coordinatorName(), d.coordinatorPhone(), rationale,
                d.objectives(), d.qualityTargets(), d.quantityTargets(), d.planNodeIds(), d.version());
    }
}
