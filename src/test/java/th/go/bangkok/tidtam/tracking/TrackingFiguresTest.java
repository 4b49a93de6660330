package th.go.bangkok.tidtam.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.notification.NotificationService;

/** The dashboard's figures against the hand-computed ones of {@link TrackingFixture}, at month and year edges. */
@IntegrationTest
class TrackingFiguresTest {

    static final TrackingPeriod MARCH = new TrackingPeriod(2569, YearMonth.of(2026, 3));
    static final TrackingPeriod APRIL = new TrackingPeriod(2569, YearMonth.of(2026, 4));

    @Autowired
    TrackingService tracking;
    @Autowired
    TrackingFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    NotificationService notifications;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void the_head_sees_the_hand_computed_figures_of_their_office() {
        var office = fixture.create();
        var march = users.as(office.head(), () -> tracking.headline(MARCH));
        assertThat(march.activeProjects()).as("P1, P2, P3 run in March; P4 starts in April, P6 ended, P5 a draft")
                .isEqualTo(3);
        assertThat(march.reported()).isEqualTo(2);
        assertThat(march.missing()).isEqualTo(1);
        assertThat(march.late()).isEqualTo(1);
        assertThat(march.behindPlan()).isEqualTo(1);
        assertThat(march.offTarget()).isEqualTo(1);
        assertThat(march.budget()).isEqualByComparingTo("600000.00");
        assertThat(march.disbursed()).as("everything filed up to March, not April's 1,000").isEqualByComparingTo("95000.00");
        assertThat(march.reportedPercent()).isEqualByComparingTo("66.7");
        assertThat(march.disbursedPercent()).isEqualByComparingTo("15.8");

        var april = users.as(office.head(), () -> tracking.headline(APRIL));
        assertThat(april.activeProjects()).isEqualTo(4);
        assertThat(april.reported()).isEqualTo(1);
        assertThat(april.budget()).isEqualByComparingTo("1000000.00");
        assertThat(april.disbursed()).isEqualByComparingTo("96000.00");

        var october = users.as(office.head(), () -> tracking.headline(new TrackingPeriod(2569, YearMonth.of(2025, 10))));
        assertThat(october.activeProjects()).as("first month of the fiscal year: P1, P2, P3, P6").isEqualTo(4);
        assertThat(october.reported()).isZero();
        assertThat(users.as(office.head(), () -> tracking.headline(new TrackingPeriod(2570, YearMonth.of(2026, 10))))
                .activeProjects()).as("nothing of FY 2569 counts in FY 2570").isZero();
        assertThatThrownBy(() -> new TrackingPeriod(2569, YearMonth.of(2026, 10)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void completeness_rolls_up_from_the_groups_to_the_division_and_the_office() {
        var office = fixture.create();
        var rows = users.as(office.head(), () -> tracking.byAgency(MARCH));
        assertThat(rows).extracting(AgencyRow::agencyId)
                .containsExactly(office.officeId(), office.divisionId(), office.groupA(), office.groupB());
        var byId = rows.stream().collect(java.util.stream.Collectors.toMap(AgencyRow::agencyId, r -> r));
        assertThat(byId.get(office.groupA())).satisfies(r -> {
            assertThat(r.projects()).isEqualTo(2);
            assertThat(r.reported()).isEqualTo(2);
            assertThat(r.late()).isEqualTo(1);
            assertThat(r.behindPlan()).isEqualTo(1);
            assertThat(r.budget()).isEqualByComparingTo("300000");
            assertThat(r.disbursed()).isEqualByComparingTo("65000");
        });
        assertThat(byId.get(office.groupB())).satisfies(r -> {
            assertThat(r.projects()).isEqualTo(1);
            assertThat(r.missing()).isEqualTo(1);
            assertThat(r.disbursed()).isEqualByComparingTo("30000");
            assertThat(r.disbursedPercent()).isEqualByComparingTo("10.0");
        });
        assertThat(byId.get(office.officeId())).satisfies(r -> {
            assertThat(r.projects()).isEqualTo(3);
            assertThat(r.reported()).isEqualTo(2);
            assertThat(r.disbursed()).isEqualByComparingTo("95000");
            assertThat(r.parentId()).isNull();
        });
        var coordinatorView = users.as(TestUsers.COORDINATOR, () -> tracking.byAgency(MARCH)).stream()
                .filter(r -> r.agencyId() == office.officeId()).findFirst().orElseThrow();
        assertThat(coordinatorView).isEqualTo(byId.get(office.officeId()));
    }

    @Test
    void the_not_reported_list_names_whom_to_call_and_filters_by_agency() {
        var office = fixture.create();
        clock.set(OffsetDateTime.parse("2026-04-05T09:00:00+07:00").toInstant());
        var missing = users.as(office.head(), () -> tracking.missing(MARCH, null, PageRequest.of(0, 20)));
        assertThat(missing).singleElement().satisfies(m -> {
            assertThat(m.projectCode()).isEqualTo(office.codes().get(2));
            assertThat(m.responsiblePhone()).isEqualTo("143");
            assertThat(m.lastReportDate()).isEqualTo(java.time.LocalDate.of(2026, 1, 20));
            assertThat(m.daysOverdue()).isEqualTo(5);
            assertThat(m.agencyPath()).contains("กลุ่มงาน ข");
        });
        assertThat(users.as(office.head(), () -> tracking.countMissing(MARCH, office.groupA()))).isZero();
        assertThat(users.as(office.head(), () -> tracking.countMissing(MARCH, office.divisionId()))).isEqualTo(1);
        assertThat(users.as(TestUsers.HEAD, () -> tracking.missing(MARCH, null, PageRequest.of(0, 500))))
                .as("another office's head never sees these").noneMatch(m -> office.codes().contains(m.projectCode()));
    }

    @Test
    void a_reminder_reaches_the_officer_and_long_overdue_ones_the_head_too() {
        var office = fixture.create();
        clock.set(OffsetDateTime.parse("2026-04-03T09:00:00+07:00").toInstant());
        long officerBefore = users.as(office.officerB(), () -> notifications.unreadCount());
        long headBefore = users.as(office.head(), () -> notifications.unreadCount());
        int sent = users.as(TestUsers.COORDINATOR, () -> tracking.remind(MARCH, List.of(office.codes().get(2),
                office.codes().get(0))));
        assertThat(sent).as("P1 has reported; only P3 is reminded").isEqualTo(1);
        assertThat(users.as(office.officerB(), () -> notifications.unreadCount())).isEqualTo(officerBefore + 1);
        assertThat(users.as(office.officerB(), () -> notifications.mine()).getFirst().arguments())
                .contains(office.codes().get(2), "มีนาคม 2569");
        assertThat(users.as(office.head(), () -> notifications.unreadCount())).as("3 days overdue: not escalated")
                .isEqualTo(headBefore);
        assertThat(users.as(office.head(), () -> tracking.missing(MARCH, null, PageRequest.of(0, 5))).getFirst()
                .lastReminderAt()).isNotNull();

        clock.set(OffsetDateTime.parse("2026-04-20T09:00:00+07:00").toInstant());
        users.as(office.head(), () -> tracking.remind(MARCH, List.of(office.codes().get(2))));
        assertThat(users.as(office.head(), () -> notifications.mine()).getFirst().messageKey())
                .isEqualTo("notification.reminder.escalated");
        assertThat(users.as(TestUsers.HEAD, () -> tracking.remind(MARCH, List.of(office.codes().get(2)))))
                .as("another office's head reminds nobody of ours").isZero();
    }

    @Test
    void behind_plan_and_not_on_target_list_the_flagged_reports_of_the_month_only() {
        var office = fixture.create();
        var behind = users.as(office.head(), () -> tracking.concerns(MARCH, Concern.BEHIND_PLAN, null, PageRequest.of(0, 20)));
        assertThat(behind).singleElement().satisfies(c -> {
            assertThat(c.projectCode()).as("P2 filed March behind plan; P1 on plan").isEqualTo(office.codes().get(1));
            assertThat(c.progress()).isEqualByComparingTo("10.00");
            assertThat(c.disbursed()).isEqualByComparingTo("50000");
            assertThat(c.late()).isTrue();
            assertThat(c.responsiblePhone()).isEqualTo("142");
        });
        assertThat(users.as(office.head(), () -> tracking.countConcerns(MARCH, Concern.OFF_TARGET, null))).isEqualTo(1);
        assertThat(users.as(office.head(), () -> tracking.countConcerns(MARCH, Concern.BEHIND_PLAN, office.groupB())))
                .isZero();
        assertThat(users.as(office.head(), () -> tracking.countConcerns(APRIL, Concern.BEHIND_PLAN, null)))
                .as("P2 caught up in April").isZero();
        assertThat(users.as(TestUsers.HEAD, () -> tracking.concerns(MARCH, Concern.BEHIND_PLAN, null, PageRequest.of(0, 500))))
                .noneMatch(c -> office.codes().contains(c.projectCode()));
    }

    @Test
    void disbursement_by_plan_dimension_counts_the_running_projects_of_the_month() {
        var office = fixture.create();
        var dimensions = users.as(office.head(), () -> tracking.byDimension(MARCH));
        assertThat(dimensions).singleElement().satisfies(d -> {
            assertThat(d.code()).as("every fixture project serves goal 7.3.1").isEqualTo("7");
            assertThat(d.projects()).isEqualTo(3);
            assertThat(d.budget()).isEqualByComparingTo("600000.00");
            assertThat(d.disbursed()).isEqualByComparingTo("95000.00");
            assertThat(d.disbursedPercent()).isEqualByComparingTo("15.8");
        });
    }

    @Test
    void completeness_by_month_runs_from_october_to_the_chosen_month() {
        var office = fixture.create();
        var months = users.as(office.head(), () -> tracking.completenessByMonth(MARCH));
        assertThat(months).extracting(MonthCompleteness::month).containsExactly(YearMonth.of(2025, 10),
                YearMonth.of(2025, 11), YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2),
                YearMonth.of(2026, 3));
        assertThat(months).extracting(MonthCompleteness::expected).containsExactly(4L, 4L, 4L, 4L, 4L, 3L);
        assertThat(months).extracting(MonthCompleteness::reported).containsExactly(0L, 0L, 0L, 1L, 1L, 2L);
        assertThat(months.getLast().reportedPercent()).isEqualByComparingTo("66.7");
        assertThat(months.getFirst().reportedPercent()).isEqualByComparingTo("0.0");
    }

    @Test
    void money_filed_before_the_fiscal_year_began_still_counts_as_disbursed() {
        var office = fixture.create();
        fixture.earlyStarter(office);
        var march = users.as(office.head(), () -> tracking.headline(MARCH));
        assertThat(march.activeProjects()).isEqualTo(4);
        assertThat(march.reported()).isEqualTo(3);
        assertThat(march.budget()).isEqualByComparingTo("680000.00");
        assertThat(march.disbursed()).as("95,000 + P7's September 7,000 and March 3,000").isEqualByComparingTo("105000.00");
        assertThat(users.as(office.head(), () -> tracking.byDimension(MARCH)).getFirst().disbursed())
                .isEqualByComparingTo("105000.00");
        var months = users.as(office.head(), () -> tracking.completenessByMonth(MARCH));
        assertThat(months.getFirst().expected()).as("October counts P7 too").isEqualTo(5);
        assertThat(months.getLast().reported()).isEqualTo(3);
    }
}
