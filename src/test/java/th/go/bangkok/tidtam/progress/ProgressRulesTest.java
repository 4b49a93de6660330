package th.go.bangkok.tidtam.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectFilingService;
import th.go.bangkok.tidtam.project.ProjectService;

/** The rules of monthly reports, with the clock moved through the months (FY 2569 project, budget 824,000). */
@IntegrationTest
class ProgressRulesTest {

    static final YearMonth MARCH = YearMonth.of(2026, 3);

    @Autowired
    ProgressService progress;
    @Autowired
    ReportFilingService filing;
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

    @AfterEach
    void realTime() {
        clock.reset();
    }

    String activeProject() {
        var code = fixtures.create("โครงการรายงานผล " + UUID.randomUUID());
        users.as(TestUsers.OFFICER, () -> projectFiling.submit(code));
        return code;
    }

    void at(String bangkokDateTime) {
        clock.set(OffsetDateTime.parse(bangkokDateTime + "+07:00").toInstant());
    }

    /** A complete report; no amount given means nothing was paid this month, typed as 0 as the form asks. */
    static ProgressReportData report(LocalDate date, String progress, String disbursed, long version) {
        return new ProgressReportData(date, "1. ประชุมคณะทำงาน\n2. จัดทำร่างคู่มือ",
                progress == null ? null : new BigDecimal(progress), new BigDecimal(disbursed == null ? "0" : disbursed),
                true, true, null, version);
    }

    void file(String code, YearMonth month, LocalDate date, String pct, String baht) {
        users.as(TestUsers.OFFICER, () -> {
            var version = progress.reports(code).stream().filter(r -> r.month().equals(month)).findFirst()
                    .map(ReportView::version).orElse(0L);
            filing.save(code, month, report(date, pct, baht, version));
            filing.submit(code, month);
        });
    }

    @Test
    void the_officers_due_list_shows_missing_and_returned_reports_until_they_are_submitted() {
        var code = activeProject();
        at("2026-03-20T10:00:00");
        java.util.function.Supplier<java.util.List<DueReport>> mine = () -> users.as(TestUsers.OFFICER,
                () -> progress.due()).stream().filter(d -> d.projectCode().equals(code)).toList();
        assertThat(mine.get()).singleElement().satisfies(d -> {
            assertThat(d.status()).isNull();
            assertThat(d.dueDate()).isEqualTo(LocalDate.of(2026, 3, 31));
            assertThat(d.daysLeft()).isEqualTo(11);
        });
        file(code, MARCH, LocalDate.of(2026, 3, 20), "10.00", null);
        assertThat(mine.get()).isEmpty();
        users.as(TestUsers.COORDINATOR, () -> review.returnForRevision(code, MARCH, "เพิ่มรายละเอียด"));
        assertThat(mine.get()).singleElement().satisfies(d -> {
            assertThat(d.status()).isEqualTo(ReportStatus.RETURNED);
            assertThat(d.returnComment()).isEqualTo("เพิ่มรายละเอียด");
        });
        assertThat(users.as(TestUsers.OFFICER_OTHER_OFFICE, () -> progress.due()))
                .noneMatch(d -> d.projectCode().equals(code));
    }

    @Test
    void a_disbursement_over_the_budget_is_refused_with_the_remaining_amount() {
        var code = activeProject();
        at("2026-03-05T10:00:00");
        file(code, YearMonth.of(2026, 2), LocalDate.of(2026, 2, 20), "20.00", "800000.00");
        at("2026-03-20T10:00:00");
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.save(code, MARCH,
                report(LocalDate.of(2026, 3, 20), "40.00", "24000.01", 0))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("report.budget.exceeded");
                    assertThat(e.arguments()).containsExactly("24,000.00");
                });
        assertThat(users.as(TestUsers.OFFICER, () -> progress.reports(code))).hasSize(1);
    }

    @Test
    void a_draft_may_be_partial_but_a_report_is_sent_only_when_complete_and_once() {
        var code = activeProject();
        at("2026-03-20T10:00:00");
        var blank = new ProgressReportData(LocalDate.of(2026, 3, 18), " ", null, null, null, null, null, 0);
        users.as(TestUsers.OFFICER, () -> filing.save(code, MARCH, blank));
        refusedToSend(code, "report.submit.stepsRequired");
        saveDraft(code, new ProgressReportData(LocalDate.of(2026, 3, 18), "1. ประชุม", null, null, null, null, null, 0));
        refusedToSend(code, "report.submit.progressRequired");
        saveDraft(code, new ProgressReportData(LocalDate.of(2026, 3, 18), "1. ประชุม", new BigDecimal("10.00"), null,
                null, null, null, 0));
        refusedToSend(code, "report.submit.disbursedRequired");
        saveDraft(code, new ProgressReportData(LocalDate.of(2026, 3, 18), "1. ประชุม", new BigDecimal("10.00"),
                BigDecimal.ZERO, true, null, null, 0));
        refusedToSend(code, "report.submit.judgementsRequired");
        assertThat(users.as(TestUsers.HEAD, () -> progress.reports(code))).singleElement()
                .satisfies(r -> assertThat(r.status()).as("still a draft").isEqualTo(ReportStatus.DRAFT));
        saveDraft(code, new ProgressReportData(LocalDate.of(2026, 3, 18), "1. ประชุม", new BigDecimal("10.00"),
                BigDecimal.ZERO, true, false, null, 0));
        users.as(TestUsers.OFFICER, () -> filing.submit(code, MARCH));
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.save(code, MARCH,
                report(LocalDate.of(2026, 3, 19), "10.00", "0", 1))))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.alreadySubmitted"));
        var reports = users.as(TestUsers.HEAD, () -> progress.reports(code));
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(1);
            assertThat(r.disbursed()).as("nothing paid, said as 0").isEqualByComparingTo("0");
            assertThat(r.status()).isEqualTo(ReportStatus.SUBMITTED);
        });
    }

    @Test
    void sending_from_the_form_saves_and_submits_at_once_and_a_refusal_keeps_nothing() {
        var code = activeProject();
        at("2026-03-20T10:00:00");
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.saveAndSubmit(code, MARCH,
                new ProgressReportData(LocalDate.of(2026, 3, 18), "1. ประชุม", new BigDecimal("10.00"), null, true,
                        true, null, 0), java.util.List.of())))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.submit.disbursedRequired"));
        assertThat(users.as(TestUsers.HEAD, () -> progress.reports(code))).as("no draft left behind").isEmpty();
        var result = users.as(TestUsers.OFFICER, () -> filing.saveAndSubmit(code, MARCH,
                report(LocalDate.of(2026, 3, 18), "10.00", "1500.00", 0), java.util.List.of()));
        assertThat(result.late()).isFalse();
        assertThat(users.as(TestUsers.HEAD, () -> progress.reports(code))).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ReportStatus.SUBMITTED));
    }

    @Test
    void saving_a_draft_answers_the_version_the_next_save_must_name() {
        var code = activeProject();
        at("2026-03-20T10:00:00");
        long first = users.as(TestUsers.OFFICER, () -> filing.save(code, MARCH,
                report(LocalDate.of(2026, 3, 18), "10.00", "1000.00", 0), java.util.List.of()));
        long second = users.as(TestUsers.OFFICER, () -> filing.save(code, MARCH,
                report(LocalDate.of(2026, 3, 18), "12.00", "1000.00", first), java.util.List.of()));
        assertThat(second).isGreaterThan(first);
        assertThat(users.as(TestUsers.HEAD, () -> progress.reports(code))).singleElement()
                .satisfies(r -> assertThat(r.version()).isEqualTo(second));
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.save(code, MARCH,
                report(LocalDate.of(2026, 3, 18), "13.00", "1000.00", first), java.util.List.of())))
                .isInstanceOf(th.go.bangkok.tidtam.base.ConcurrentChangeException.class);
    }

    @Test
    void an_officer_may_take_a_sent_report_back_to_correct_it_until_the_month_closes() {
        var code = activeProject();
        at("2026-03-20T10:00:00");
        file(code, MARCH, LocalDate.of(2026, 3, 18), "10.00", "1000.00");
        users.as(TestUsers.OFFICER, () -> filing.withdraw(code, MARCH));
        var draft = users.as(TestUsers.OFFICER, () -> progress.reports(code)).getFirst();
        assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(draft.submittedAt()).isNull();
        assertThat(users.as(TestUsers.OFFICER, () -> progress.due())).as("owed again")
                .anyMatch(d -> d.projectCode().equals(code) && d.month().equals(MARCH));
        file(code, MARCH, LocalDate.of(2026, 3, 19), "12.00", "1000.00");
        assertThat(users.as(TestUsers.HEAD, () -> progress.reports(code))).singleElement().satisfies(r -> {
            assertThat(r.progress()).isEqualByComparingTo("12.00");
            assertThat(r.status()).isEqualTo(ReportStatus.SUBMITTED);
        });
        assertThat(users.as(TestUsers.ADMIN, () -> projects.history(code)))
                .as("the withdrawal is in the history")
                .anyMatch(e -> e.getChanges() != null && e.getChanges().contains("SUBMITTED → DRAFT"));
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER_OTHER_OFFICE, () -> filing.withdraw(code, MARCH)))
                .as("another office's project is not theirs to see").isInstanceOf(th.go.bangkok.tidtam.base.NotFoundException.class);
        at("2026-04-10T10:00:00");
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.withdraw(code, MARCH)))
                .as("the month has closed").isInstanceOf(BusinessRuleException.class);
    }

    private void saveDraft(String code, ProgressReportData data) {
        users.as(TestUsers.OFFICER, () -> {
            var version = progress.reports(code).getFirst().version();
            filing.save(code, MARCH, new ProgressReportData(data.reportDate(), data.steps(), data.progress(),
                    data.disbursed(), data.onPlan(), data.onTarget(), data.decreaseReason(), version));
        });
    }

    private void refusedToSend(String code, String key) {
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.submit(code, MARCH)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void a_future_date_or_a_date_outside_the_month_is_refused() {
        var code = activeProject();
        at("2026-03-20T10:00:00");
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.save(code, MARCH,
                report(LocalDate.of(2026, 3, 21), "10.00", null, 0))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("report.date.future"));
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.save(code, MARCH,
                report(LocalDate.of(2026, 2, 27), "10.00", null, 0))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("report.date.outsideMonth"));
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.save(code, YearMonth.of(2026, 4),
                report(LocalDate.of(2026, 3, 20), "10.00", null, 0))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("report.month.outOfPeriod"));
    }

    @Test
    void progress_lower_than_last_month_needs_a_reason() {
        var code = activeProject();
        at("2026-03-05T10:00:00");
        file(code, YearMonth.of(2026, 2), LocalDate.of(2026, 2, 20), "40.00", null);
        at("2026-03-20T10:00:00");
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.save(code, MARCH,
                report(LocalDate.of(2026, 3, 20), "35.00", null, 0))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("report.progress.decreaseNeedsReason");
                    assertThat(e.arguments()).containsExactly("40.00");
                });
        users.as(TestUsers.OFFICER, () -> filing.save(code, MARCH, new ProgressReportData(LocalDate.of(2026, 3, 20),
                "ทบทวนขอบเขตงาน", new BigDecimal("35.00"), null, false, true, "ปรับขอบเขตงานตามมติที่ประชุม", 0)));
        assertThat(users.as(TestUsers.OFFICER, () -> progress.reports(code))).hasSize(2);
    }

    @Test
    void a_report_is_late_after_the_due_day_and_frozen_for_everybody_once_the_month_closes() {
        var code = activeProject();
        at("2026-01-31T23:00:00");
        file(code, YearMonth.of(2026, 1), LocalDate.of(2026, 1, 31), "10.00", null);
        at("2026-03-01T09:00:00");
        file(code, YearMonth.of(2026, 2), LocalDate.of(2026, 2, 28), "20.00", null);
        var reports = users.as(TestUsers.OFFICER, () -> progress.reports(code));
        assertThat(reports).extracting(ReportView::late).containsExactly(false, true);

        at("2026-03-09T23:59:00");
        users.as(TestUsers.COORDINATOR, () -> review.returnForRevision(code, YearMonth.of(2026, 2), "แก้ตัวเลข"));
        users.as(TestUsers.OFFICER, () -> filing.submit(code, YearMonth.of(2026, 2)));
        at("2026-03-10T00:00:00");
        assertThat(users.as(TestUsers.OFFICER, () -> progress.reports(code))).extracting(ReportView::frozen)
                .containsExactly(true, true);
        assertThatThrownBy(() -> users.as(TestUsers.COORDINATOR,
                () -> review.returnForRevision(code, YearMonth.of(2026, 2), "อีกครั้ง")))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("report.month.closed"));
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.save(code, YearMonth.of(2026, 2),
                report(LocalDate.of(2026, 2, 28), "25.00", null, 99))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("report.month.closed"));
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> filing.submit(code, YearMonth.of(2026, 2))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("report.month.closed"));
    }

    @Test
    void budget_used_is_the_sum_of_submitted_disbursements_through_edits_returns_and_resubmissions() {
        var code = activeProject();
        at("2026-03-05T10:00:00");
        file(code, YearMonth.of(2026, 2), LocalDate.of(2026, 2, 20), "20.00", "100000.00");
        file(code, MARCH, LocalDate.of(2026, 3, 5), "30.00", "2700.00");
        assertThat(users.as(TestUsers.OFFICER, () -> projects.get(code).budgetUsed())).isEqualByComparingTo("102700.00");

        users.as(TestUsers.COORDINATOR, () -> review.returnForRevision(code, MARCH, "ตรวจสอบยอดเบิกจ่าย"));
        assertThat(users.as(TestUsers.OFFICER, () -> projects.get(code).budgetUsed())).isEqualByComparingTo("100000.00");
        assertThat(listed(code)).satisfies(p -> assertThat(p.progress())
                .as("the list's % done is the latest filed month's: March went back, so February's")
                .isEqualByComparingTo("20.00"));
        var returned = users.as(TestUsers.OFFICER, () -> progress.reports(code)).getLast();
        assertThat(returned.returnComment()).isEqualTo("ตรวจสอบยอดเบิกจ่าย");
        file(code, MARCH, LocalDate.of(2026, 3, 5), "30.00", "5400.00");
        assertThat(users.as(TestUsers.OFFICER, () -> projects.get(code).budgetUsed())).isEqualByComparingTo("105400.00");
        assertThat(listed(code)).satisfies(p -> {
            assertThat(p.used()).isEqualByComparingTo("105400.00");
            assertThat(p.progress()).isEqualByComparingTo("30.00");
        });
        assertThat(users.as(TestUsers.OFFICER, () -> progress.reports(code))).extracting(ReportView::disbursementRound)
                .containsExactly(1, 2);
    }

    /** The project as the coordinators' list shows it. */
    private th.go.bangkok.tidtam.project.ProjectListItem listed(String code) {
        var page = users.as(TestUsers.COORDINATOR, () -> projects.find(
                new th.go.bangkok.tidtam.project.ProjectFilter(null, null, null, null, null, code),
                org.springframework.data.domain.PageRequest.of(0, 5)));
        assertThat(page).hasSize(1);
        return page.getFirst();
    }
}
