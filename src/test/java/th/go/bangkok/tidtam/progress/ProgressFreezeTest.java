package th.go.bangkok.tidtam.progress;

import th.go.bangkok.tidtam.base.files.EvidenceFiles;
import th.go.bangkok.tidtam.base.files.EvidenceUpload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectFilingService;
import th.go.bangkok.tidtam.project.ProjectService;

/** The close of a month: the freeze job's snapshots, nothing changes a frozen report, and a coordinator's reopening. */
@IntegrationTest
class ProgressFreezeTest {

    static final YearMonth JANUARY = YearMonth.of(2026, 1);
    static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

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
    ProjectService projects;
    @Autowired
    ProjectFilingService projectFiling;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    void at(String bangkokDateTime) {
        clock.set(OffsetDateTime.parse(bangkokDateTime + "+07:00").toInstant());
    }

    String activeProject() {
        var code = fixtures.create("โครงการปิดรอบ " + UUID.randomUUID());
        users.as(TestUsers.OFFICER, () -> projectFiling.submit(code));
        return code;
    }

    void file(String code, YearMonth month, LocalDate date, String pct, String baht, EvidenceUpload... files) {
        users.as(TestUsers.OFFICER, () -> {
            var version = progress.reports(code).stream().filter(r -> r.month().equals(month)).findFirst()
                    .map(ReportView::version).orElse(0L);
            filing.save(code, month, ProgressRulesTest.report(date, pct, baht, version), List.of(files));
            filing.submit(code, month);
        });
    }

    static void refused(ThrowingCallable call, String... keys) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isIn((Object[]) keys));
    }

    @Test
    void the_freeze_job_snapshots_each_submitted_report_of_a_closed_month_once_with_who_and_when() {
        var code = activeProject();
        at("2026-01-20T10:00:00");
        file(code, JANUARY, LocalDate.of(2026, 1, 20), "10.00", "5000.00",
                new EvidenceUpload("ภาพ.png", EvidenceFiles.png()));
        at("2026-02-20T10:00:00");
        file(code, FEBRUARY, LocalDate.of(2026, 2, 20), "20.00", null);
        at("2026-03-10T00:05:00");
        int frozen = users.as(TestUsers.ADMIN, () -> freezing.freezeClosedMonths());
        assertThat(frozen).isGreaterThanOrEqualTo(2);
        assertThat(users.as(TestUsers.ADMIN, () -> freezing.freezeClosedMonths())).as("a second run finds nothing").isZero();

        var reports = users.as(TestUsers.HEAD, () -> progress.reports(code));
        assertThat(reports).extracting(ReportView::status).containsExactly(ReportStatus.FROZEN, ReportStatus.FROZEN);
        assertThat(reports).allMatch(ReportView::frozen);
        var id = jdbc.queryForObject("select id from progress_report where project_id = (select id from project where code = ?)"
                + " and report_month = '2026-01-01'", Long.class, code);
        var snapshot = jdbc.queryForMap("select * from frozen_report where report_id = ?", id);
        assertThat(snapshot.get("report_number")).isEqualTo(1);
        assertThat(snapshot.get("disbursement_round")).isEqualTo(1);
        assertThat((BigDecimal) snapshot.get("disbursed")).isEqualByComparingTo("5000.00");
        assertThat(snapshot.get("submitted_by")).isEqualTo(TestUsers.OFFICER);
        assertThat(snapshot.get("submitted_at")).isNotNull();
        assertThat(snapshot.get("frozen_at")).isNotNull();
        assertThat((String) snapshot.get("evidence")).startsWith("ภาพ.png sha256:");
        assertThat(users.as(TestUsers.HEAD, () -> projects.history(code)))
                .anySatisfy(e -> assertThat(e.getChanges()).contains("status: SUBMITTED → FROZEN"));
        assertThat(users.as(TestUsers.OFFICER, () -> projects.get(code).budgetUsed()))
                .as("frozen disbursements still count").isEqualByComparingTo("5000.00");
    }

    @Test
    void a_frozen_report_cannot_be_changed_by_anyone_through_any_service_method() {
        var code = activeProject();
        at("2026-01-20T10:00:00");
        file(code, JANUARY, LocalDate.of(2026, 1, 20), "10.00", null, new EvidenceUpload("ภาพ.png", EvidenceFiles.png()));
        at("2026-02-11T08:00:00");
        users.as(TestUsers.ADMIN, () -> freezing.freezeClosedMonths());
        var frozen = users.as(TestUsers.OFFICER, () -> progress.reports(code)).getFirst();
        assertThat(frozen.status()).isEqualTo(ReportStatus.FROZEN);
        long fileId = frozen.evidence().getFirst().id();
        var change = ProgressRulesTest.report(LocalDate.of(2026, 1, 21), "99.00", null, frozen.version());

        for (var user : List.of(TestUsers.OFFICER, TestUsers.ADMIN)) {
            refused(() -> users.as(user, () -> filing.save(code, JANUARY, change)), "report.frozenRefused");
            refused(() -> users.as(user, () -> filing.save(code, JANUARY, change,
                    List.of(new EvidenceUpload("เพิ่ม.pdf", EvidenceFiles.pdf())))), "report.frozenRefused");
            refused(() -> users.as(user, () -> filing.submit(code, JANUARY)), "report.frozenRefused");
            refused(() -> users.as(user, () -> filing.removeEvidence(code, JANUARY, fileId)), "report.frozenRefused");
        }
        refused(() -> users.as(TestUsers.ADMIN, () -> reportImports.recordHistorical(code, JANUARY, change, false, "นำเข้า")),
                "report.alreadySubmitted");
        refused(() -> users.as(TestUsers.COORDINATOR, () -> review.returnForRevision(code, JANUARY, "แก้")),
                "report.frozenRefused");
        refused(() -> users.as(TestUsers.COORDINATOR, () -> review.reopen(code, JANUARY, "ขอแก้ไข", 3)),
                "report.frozenRefused");

        var after = users.as(TestUsers.OFFICER, () -> progress.reports(code)).getFirst();
        assertThat(after).isEqualTo(frozen);
    }

    @Test
    void a_missing_report_stays_missing_unless_a_coordinator_reopens_the_month_for_a_few_days() {
        var code = activeProject();
        at("2026-02-12T09:00:00");
        var january = ProgressRulesTest.report(LocalDate.of(2026, 2, 12), "10.00", null, 0);
        refused(() -> users.as(TestUsers.OFFICER, () -> filing.save(code, JANUARY, january)), "report.month.closed");
        assertThat(users.as(TestUsers.OFFICER, () -> progress.fileableMonths(code))).extracting(FileableMonth::month)
                .containsExactly(FEBRUARY);

        refused(() -> users.as(TestUsers.COORDINATOR, () -> review.reopen(code, JANUARY, " ", 3)),
                "report.reopen.reasonRequired");
        refused(() -> users.as(TestUsers.COORDINATOR, () -> review.reopen(code, JANUARY, "ป่วย", 15)),
                "report.reopen.days");
        refused(() -> users.as(TestUsers.COORDINATOR, () -> review.reopen(code, FEBRUARY, "ป่วย", 3)),
                "report.reopen.notClosed");
        users.as(TestUsers.COORDINATOR, () -> review.reopen(code, JANUARY, "ผู้รับผิดชอบลาป่วยช่วงปิดรอบ", 3));

        assertThat(users.as(TestUsers.OFFICER, () -> progress.fileableMonths(code))).first().satisfies(m -> {
            assertThat(m.month()).isEqualTo(JANUARY);
            assertThat(m.reopened()).isTrue();
            assertThat(m.lastDay()).isEqualTo(LocalDate.of(2026, 2, 15));
        });
        assertThat(users.as(TestUsers.OFFICER, () -> progress.due()).stream().filter(d -> d.projectCode().equals(code)))
                .first().satisfies(d -> {
                    assertThat(d.month()).isEqualTo(JANUARY);
                    assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 2, 15));
                    assertThat(d.daysLeft()).isEqualTo(3);
                });
        assertThat(users.as(TestUsers.HEAD, () -> progress.reopenings(code))).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo("ผู้รับผิดชอบลาป่วยช่วงปิดรอบ");
            assertThat(r.reopenedBy()).as("by name").isEqualTo("นางวิไลวรรณ ชัยมงคล");
        });
        at("2026-02-15T16:00:00");
        file(code, JANUARY, LocalDate.of(2026, 2, 15), "10.00", null);
        assertThat(users.as(TestUsers.OFFICER, () -> progress.reports(code))).singleElement().satisfies(r -> {
            assertThat(r.late()).isTrue();
            assertThat(r.frozen()).isFalse();
        });
        assertThat(users.as(TestUsers.ADMIN, () -> freezing.freezeClosedMonths()) >= 0).isTrue();
        assertThat(users.as(TestUsers.OFFICER, () -> progress.reports(code)).getFirst().status())
                .as("not frozen while the reopening runs").isEqualTo(ReportStatus.SUBMITTED);

        at("2026-02-16T00:00:00");
        assertThat(users.as(TestUsers.OFFICER, () -> progress.reports(code)).getFirst().frozen()).isTrue();
        refused(() -> users.as(TestUsers.COORDINATOR, () -> review.returnForRevision(code, JANUARY, "แก้")),
                "report.month.closed");
        users.as(TestUsers.ADMIN, () -> freezing.freezeClosedMonths());
        assertThat(users.as(TestUsers.OFFICER, () -> progress.reports(code)).getFirst().status())
                .isEqualTo(ReportStatus.FROZEN);
        assertThat(users.as(TestUsers.HEAD, () -> projects.history(code)))
                .anySatisfy(e -> assertThat(e.getEntityType()).isEqualTo("ReportReopening"));
    }

    @Test
    void a_draft_left_unsent_when_its_month_closed_has_no_number_and_shows_as_missed() {
        var code = activeProject();
        at("2026-01-20T10:00:00");
        users.as(TestUsers.OFFICER, () -> filing.save(code, JANUARY,
                ProgressRulesTest.report(LocalDate.of(2026, 1, 20), "10.00", null, 0)));
        at("2026-02-20T10:00:00");
        file(code, FEBRUARY, LocalDate.of(2026, 2, 20), "20.00", null);
        var reports = users.as(TestUsers.COORDINATOR, () -> progress.reports(code));
        assertThat(reports).extracting(ReportView::number).containsExactly(null, 1);
        assertThat(reports).extracting(ReportView::missed).containsExactly(true, false);
        assertThat(users.as(TestUsers.OFFICER, () -> progress.due())).noneMatch(d -> d.projectCode().equals(code)
                && d.month().equals(JANUARY));
    }

    @Test
    void last_month_is_still_due_and_overdue_until_it_closes() {
        var code = activeProject();
        at("2026-03-04T09:00:00");
        var mine = users.as(TestUsers.OFFICER, () -> progress.due()).stream()
                .filter(d -> d.projectCode().equals(code)).toList();
        assertThat(mine).extracting(DueReport::month).containsExactly(FEBRUARY, YearMonth.of(2026, 3));
        assertThat(mine.getFirst().daysLeft()).isEqualTo(-4);
        assertThat(mine.getLast().daysLeft()).isEqualTo(27);
        at("2026-03-10T09:00:00");
        assertThat(users.as(TestUsers.OFFICER, () -> progress.due()).stream()
                .filter(d -> d.projectCode().equals(code))).extracting(DueReport::month).containsExactly(YearMonth.of(2026, 3));
    }

    @Test
    void the_plan_is_cumulative_within_the_project_and_shows_beside_each_report() {
        var code = activeProject();
        at("2026-02-20T10:00:00");
        refused(() -> users.as(TestUsers.OFFICER, () -> filing.savePlan(code,
                Map.of(JANUARY, new BigDecimal("30.00"), FEBRUARY, new BigDecimal("20.00")), 0)), "plan.decreasing");
        refused(() -> users.as(TestUsers.OFFICER, () -> filing.savePlan(code,
                Map.of(YearMonth.of(2026, 10), new BigDecimal("30.00")), 0)), "plan.month.outOfPeriod");
        refused(() -> users.as(TestUsers.OFFICER, () -> filing.savePlan(code,
                Map.of(JANUARY, new BigDecimal("100.01")), 0)), "report.progress.range");
        users.as(TestUsers.OFFICER, () -> filing.savePlan(code,
                Map.of(JANUARY, new BigDecimal("10.00"), FEBRUARY, new BigDecimal("25.00")), 0));
        var plan = users.as(TestUsers.HEAD, () -> progress.plan(code));
        assertThat(plan.planned(FEBRUARY)).isEqualByComparingTo("25.00");
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.savePlan(code,
                Map.of(JANUARY, new BigDecimal("5.00")), plan.version() + 1)))
                .isInstanceOf(th.go.bangkok.tidtam.base.ConcurrentChangeException.class);
        file(code, FEBRUARY, LocalDate.of(2026, 2, 20), "20.00", null);
        assertThat(users.as(TestUsers.OFFICER, () -> progress.reports(code))).singleElement()
                .satisfies(r -> assertThat(r.planned()).isEqualByComparingTo("25.00"));
        assertThat(users.as(TestUsers.HEAD, () -> projects.history(code)))
                .anySatisfy(e -> assertThat(e.getEntityType()).isEqualTo("ProgressPlan"));
    }

    @Test
    void submitting_one_hundred_percent_proposes_closing_but_leaves_the_project_running() {
        var code = activeProject();
        at("2026-02-20T10:00:00");
        users.as(TestUsers.OFFICER, () -> filing.save(code, FEBRUARY,
                ProgressRulesTest.report(LocalDate.of(2026, 2, 20), "100.00", null, 0)));
        var result = users.as(TestUsers.OFFICER, () -> filing.submit(code, FEBRUARY));
        assertThat(result.complete()).isTrue();
        assertThat(result.late()).isFalse();
        assertThat(users.as(TestUsers.OFFICER, () -> projects.get(code).status()))
                .isEqualTo(th.go.bangkok.tidtam.project.ProjectStatus.ACTIVE);
    }
}
