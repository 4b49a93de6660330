package th.go.bangkok.tidtam.progress;

import th.go.bangkok.tidtam.base.files.EvidenceFiles;
import th.go.bangkok.tidtam.base.files.EvidenceUpload;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.security.access.AccessDeniedException;
import th.go.bangkok.tidtam.Access;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectFilingService;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.users.UserData;
import th.go.bangkok.tidtam.users.UserFilter;
import th.go.bangkok.tidtam.users.UserService;

/**
 * Every method of the progress services (reading, filing, review, freeze, history) against the project's officer, an
 * officer of another agency, the head of the project's office, the head of another office, a coordinator, an
 * administrator and nobody.
 */
@IntegrationTest
class ProgressServiceAccessTest {

    static final String HEAD_OTHER_OFFICE = "head-bangkoknoi";
    static final YearMonth MARCH = YearMonth.of(2026, 3);
    static final List<String> USERS = List.of(TestUsers.ANONYMOUS, TestUsers.OFFICER, TestUsers.OFFICER_OTHER_OFFICE,
            TestUsers.HEAD, HEAD_OTHER_OFFICE, TestUsers.COORDINATOR, TestUsers.ADMIN);

    @Autowired
    ProgressService progress;
    @Autowired
    ReportFilingService filing;
    @Autowired
    ReportFreezeService freezing;
    @Autowired
    ReportImportService reportImports;
    @Autowired
    ReportReviewService review;
    @Autowired
    ProjectFilingService projectFiling;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    UserService userService;
    @Autowired
    AgencyService agencies;

    static Stream<Arguments> matrix() {
        var readers = Set.of(TestUsers.OFFICER, TestUsers.HEAD, TestUsers.COORDINATOR, TestUsers.ADMIN);
        var writers = Set.of(TestUsers.OFFICER, TestUsers.ADMIN);
        var allowed = Map.ofEntries(
                Map.entry("reports", readers),
                Map.entry("fileableMonths", readers),
                Map.entry("plan", readers),
                Map.entry("reopenings", readers),
                Map.entry("evidenceFile", readers),
                Map.entry("save", writers),
                Map.entry("saveWithFiles", writers),
                Map.entry("removeEvidence", writers),
                Map.entry("submit", writers),
                Map.entry("saveAndSubmit", writers),
                Map.entry("withdraw", writers),
                Map.entry("savePlan", writers),
                Map.entry("returnForRevision", Set.of(TestUsers.COORDINATOR)),
                Map.entry("reopen", Set.of(TestUsers.COORDINATOR)),
                Map.entry("recordHistorical", Set.of(TestUsers.ADMIN)),
                Map.entry("freezeClosedMonths", Set.of(TestUsers.ADMIN)),
                Map.entry("due", Set.of(TestUsers.OFFICER, TestUsers.OFFICER_OTHER_OFFICE)));
        return allowed.entrySet().stream().sorted(Map.Entry.comparingByKey()).flatMap(e -> USERS.stream()
                .map(user -> Arguments.of(user, e.getKey(), e.getValue().contains(user))));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @ParameterizedTest(name = "{0} → {1}: allowed={2}")
    @MethodSource("matrix")
    void each_role_is_allowed_or_denied_each_progress_action(String user, String action, boolean allowed) {
        ensureHeadOfAnotherOffice();
        clock.set(OffsetDateTime.parse("2026-03-20T10:00:00+07:00").toInstant());
        var code = fixtures.create("โครงการสิทธิ์รายงาน " + UUID.randomUUID());
        users.as(TestUsers.OFFICER, () -> {
            projectFiling.submit(code);
            filing.save(code, MARCH, ProgressRulesTest.report(LocalDate.of(2026, 3, 18), "10.00", "1000.00", 0),
                    List.of(new EvidenceUpload("ภาพกิจกรรม.png", EvidenceFiles.png())));
            if (action.equals("returnForRevision") || action.equals("withdraw")) {
                filing.submit(code, MARCH);
            }
        });
        var before = users.as(TestUsers.OFFICER, () -> progress.reports(code)).getFirst();
        var version = before.version();
        long evidenceId = before.evidence().getFirst().id();
        Runnable call = switch (action) {
            case "reports" -> () -> assertThat(progress.reports(code)).hasSize(1);
            case "due" -> () -> progress.due();
            case "fileableMonths" -> () -> assertThat(progress.fileableMonths(code)).isNotEmpty();
            case "plan" -> () -> assertThat(progress.plan(code).isEmpty()).isTrue();
            case "reopenings" -> () -> assertThat(progress.reopenings(code)).isEmpty();
            case "evidenceFile" -> () -> assertThat(progress.evidenceFile(code, evidenceId).content())
                    .isEqualTo(EvidenceFiles.png());
            case "saveWithFiles" -> () -> filing.save(code, MARCH,
                    ProgressRulesTest.report(LocalDate.of(2026, 3, 19), "12.00", "1000.00", version),
                    List.of(new EvidenceUpload("รายงาน.pdf", EvidenceFiles.pdf())));
            case "removeEvidence" -> () -> filing.removeEvidence(code, MARCH, evidenceId);
            case "savePlan" -> () -> filing.savePlan(code, Map.of(MARCH, new java.math.BigDecimal("30.00")), 0);
            case "reopen" -> () -> review.reopen(code, YearMonth.of(2026, 1), "ผู้รับผิดชอบลาคลอด", 3);
            case "freezeClosedMonths" -> () -> freezing.freezeClosedMonths();
            case "save" -> () -> filing.save(code, MARCH,
                    ProgressRulesTest.report(LocalDate.of(2026, 3, 19), "12.00", "1000.00", version));
            case "submit" -> () -> filing.submit(code, MARCH);
            case "saveAndSubmit" -> () -> filing.saveAndSubmit(code, MARCH,
                    ProgressRulesTest.report(LocalDate.of(2026, 3, 19), "12.00", "1000.00", version), List.of());
            case "withdraw" -> () -> filing.withdraw(code, MARCH);
            case "returnForRevision" -> () -> review.returnForRevision(code, MARCH, "กรุณาแก้ไข");
            case "recordHistorical" -> () -> reportImports.recordHistorical(code, YearMonth.of(2025, 12),
                    ProgressRulesTest.report(LocalDate.of(2025, 12, 20), "5.00", null, 0), false, "นำเข้า");
            default -> throw new IllegalArgumentException(action);
        };
        Access.check(users, user, allowed, () -> {
            try {
                call.run();
            } catch (NotFoundException e) {
                throw new AccessDeniedException("another agency's project is not found", e);
            }
        });
        if (!allowed) {
            var after = users.as(TestUsers.OFFICER, () -> progress.reports(code)).getLast();
            assertThat(users.as(TestUsers.OFFICER, () -> progress.reports(code))).hasSize(1);
            assertThat(after.progress()).isEqualByComparingTo("10.00");
            assertThat(after.status()).isEqualTo(action.equals("returnForRevision") || action.equals("withdraw")
                    ? ReportStatus.SUBMITTED : ReportStatus.DRAFT);
            assertThat(after.evidence()).singleElement().satisfies(f -> assertThat(f.id()).isEqualTo(evidenceId));
            assertThat(users.as(TestUsers.OFFICER, () -> progress.plan(code)).isEmpty()).isTrue();
            assertThat(users.as(TestUsers.OFFICER, () -> progress.reopenings(code))).isEmpty();
        }
    }

    private void ensureHeadOfAnotherOffice() {
        users.as(TestUsers.ADMIN, () -> {
            if (userService.count(new UserFilter(HEAD_OTHER_OFFICE, null, null)) == 0) {
                long office = agencies.offices().stream().filter(a -> "50200000".equals(a.code())).findFirst()
                        .orElseThrow().id();
                userService.create(new UserData(HEAD_OTHER_OFFICE, "นายหัวหน้า เขตบางกอกน้อย", null, null, null,
                        Role.HEAD, office, true, 0), "Head-other-2569");
            }
        });
    }
}
