package th.go.bangkok.tidtam.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ConcurrentChangeException;
import th.go.bangkok.tidtam.base.Messages;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.files.EvidenceFiles;
import th.go.bangkok.tidtam.base.files.EvidenceUpload;
import th.go.bangkok.tidtam.strategy.PlanService;

/**
 * The rules of targets and results in FY 2570 (ไตรมาส 1 = October–December 2026, closing 15 January 2027): a closed
 * quarter is frozen through every method, years the indicator is not valid in are refused, a number target takes a
 * number, the review cycle, and optimistic locking.
 */
@IntegrationTest
class IndicatorRulesTest {

    @Autowired
    IndicatorService indicators;
    @Autowired
    IndicatorResultService results;
    @Autowired
    IndicatorFixture fixture;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;
    @Autowired
    PlanService plan;
    @Autowired
    th.go.bangkok.tidtam.agency.AgencyService agencies;
    @Autowired
    th.go.bangkok.tidtam.notification.NotificationService notifications;

    @AfterEach
    void reset() {
        clock.reset();
    }

    private void today(String date) {
        clock.set(OffsetDateTime.parse(date + "T10:00:00+07:00").toInstant());
    }

    private ResultView result(long indicator, int fiscalYear, int quarter) {
        return users.as(TestUsers.COORDINATOR, () -> indicators.details(indicator)).years().stream()
                .filter(y -> y.target().fiscalYear() == fiscalYear).findFirst().orElseThrow().results().stream()
                .filter(r -> r.quarter().quarter() == quarter).findFirst().orElseThrow();
    }

    @Test
    void a_closed_quarter_is_frozen_through_every_method_and_its_unreviewed_result_counts_as_it_is() {
        today("2026-12-20");
        var indicator = fixture.newIndicator("ตัวชี้วัดไตรมาสปิด");
        var target = fixture.target(indicator, 2570, fixture.number("1000", null, fixture.officerOffice()));
        users.as(TestUsers.OFFICER, () -> results.saveResult(target, 1, new ResultData("300", null, null, "ไตรมาสแรก", 0L),
                List.of(new EvidenceUpload("ผล.pdf", EvidenceFiles.pdf()))));
        var entered = result(indicator, 2570, 1);
        assertThat(entered.status()).isEqualTo(ResultStatus.SUBMITTED);
        assertThat(entered.counts()).as("not reviewed yet").isFalse();
        assertThat(entered.evidence()).extracting(EvidenceRef::fileName).containsExactly("ผล.pdf");

        assertThat(users.as(TestUsers.OFFICER, () -> indicators.details(indicator)).years().getFirst().openQuarters())
                .containsExactly(1);
        today("2027-01-15");
        assertThat(users.as(TestUsers.OFFICER, () -> indicators.details(indicator)).years().getFirst().openQuarters())
                .as("ไตรมาส 1 closed on 15 January, ไตรมาส 2 began on 1 January").containsExactly(2);
        var frozen = result(indicator, 2570, 1);
        assertThat(frozen.frozen()).isTrue();
        assertThat(frozen.counts()).as("frozen as it is").isTrue();
        for (var user : List.of(TestUsers.OFFICER, TestUsers.COORDINATOR, TestUsers.ADMIN)) {
            assertThatThrownBy(() -> users.as(user, () -> results.saveResult(target, 1,
                    new ResultData("900", null, null, null, frozen.version()), List.of())))
                    .as(user).hasMessageContaining("indicator.quarter.closed");
        }
        assertThatThrownBy(() -> users.as(TestUsers.COORDINATOR, () -> results.accept(frozen.id(), frozen.version())))
                .hasMessageContaining("indicator.quarter.closed");
        assertThatThrownBy(() -> users.as(TestUsers.COORDINATOR, () -> results.returnForRevision(frozen.id(), "แก้",
                frozen.version()))).hasMessageContaining("indicator.quarter.closed");
        assertThat(result(indicator, 2570, 1).value()).isEqualByComparingTo("300");
        assertThat(Messages.get(ThaiDates.THAI, "indicator.quarter.closed", ThaiDates.formatShort(LocalDate.of(2027, 1, 15))))
                .isEqualTo("ไตรมาสนี้ปิดแล้วเมื่อ 15/01/2570 ผลของไตรมาสถูกล็อกไว้ แก้ไขไม่ได้");
        var row = users.as(TestUsers.COORDINATOR, () -> indicators.tree(2570, IndicatorFilter.none())).stream()
                .filter(r -> r.id() == indicator).findFirst().orElseThrow();
        assertThat(row.status()).as("300 of 1,000 after a quarter: more than a quarter of the way")
                .isEqualTo(IndicatorStatus.ON_TRACK);
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> results.saveResult(target, 3,
                new ResultData("500", null, null, null, 0L), List.of()))).hasMessageContaining("indicator.quarter.notStarted");
    }

    @Test
    void years_the_indicator_is_not_valid_in_are_refused_for_targets_and_results() {
        today("2026-11-20");
        var retiring = fixture.newIndicator("ตัวชี้วัดที่เลิกใช้", 2561, 2569);
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(BusinessRuleException.class,
                () -> fixture.target(retiring, 2570, fixture.number("10", null, fixture.officerUnit())));
        assertThat(refused.messageKey()).isEqualTo("indicator.notValidThatYear");
        assertThat(Messages.get(ThaiDates.THAI, refused.messageKey(), refused.arguments()))
                .isEqualTo("ตัวชี้วัดนี้ใช้ไม่ได้ในปีงบประมาณ 2570 (ใช้ได้ตั้งแต่ 2561 ถึง 2569)");
        var indicator = fixture.newIndicator("ตัวชี้วัดที่จะเลิกใช้");
        var target = fixture.target(indicator, 2570, fixture.number("10", null, fixture.officerUnit()));
        users.as(TestUsers.ADMIN, () -> plan.retire(indicator, 2569));
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> results.saveResult(target, 1,
                new ResultData("5", null, null, null, 0L), List.of()))).hasMessageContaining("indicator.notValidThatYear");
    }

    @Test
    void a_number_target_takes_a_number_written_any_usual_way_and_refuses_words_clearly() {
        today("2026-11-20");
        var indicator = fixture.newIndicator("ตัวชี้วัดตัวเลข");
        var target = fixture.target(indicator, 2570, fixture.number("6000", "0", fixture.officerUnit()));
        var refused = org.assertj.core.api.Assertions.catchThrowableOfType(BusinessRuleException.class,
                () -> users.as(TestUsers.OFFICER, () -> results.saveResult(target, 1,
                        new ResultData("ครึ่งหนึ่ง", null, null, null, 0L), List.of())));
        assertThat(refused.messageKey()).isEqualTo("indicator.result.notNumber");
        assertThat(Messages.get(ThaiDates.THAI, refused.messageKey(), refused.arguments()))
                .isEqualTo("ผลการดำเนินงาน \"ครึ่งหนึ่ง\" ไม่ใช่ตัวเลข เป้าหมายนี้ต้องกรอกเป็นตัวเลข เช่น 1,250 หรือ 12.5");
        assertThat(Messages.get(java.util.Locale.ENGLISH, refused.messageKey(), refused.arguments()))
                .isEqualTo("The result \"ครึ่งหนึ่ง\" is not a number; this target takes a number, e.g. 1,250 or 12.5");
        users.as(TestUsers.OFFICER, () -> results.saveResult(target, 1, new ResultData("๑,๕๐๐", null, null, null, 0L),
                List.of()));
        assertThat(result(indicator, 2570, 1).value()).isEqualByComparingTo("1500");
        assertThat(IndicatorResultService.number("80 %")).isEqualByComparingTo("80");
        assertThatThrownBy(() -> IndicatorResultService.number("1.234")).hasMessageContaining("indicator.value.digits");

        var percent = fixture.newIndicator("ตัวชี้วัดร้อยละ");
        var percentTarget = fixture.target(percent, 2570, new TargetData(TargetKind.PERCENT, "ร้อยละ",
                new java.math.BigDecimal("80"), null, Direction.HIGHER, null, fixture.officerUnit(), 0L));
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> results.saveResult(percentTarget, 1,
                new ResultData("120", null, null, null, 0L), List.of()))).hasMessageContaining("indicator.result.percentRange");
        assertThatThrownBy(() -> fixture.target(percent, 2570, new TargetData(TargetKind.PERCENT, "ร้อยละ",
                new java.math.BigDecimal("180"), null, Direction.HIGHER, null, fixture.officerUnit(), 1L)))
                .isInstanceOf(jakarta.validation.ConstraintViolationException.class)
                .hasMessageContaining(th.go.bangkok.tidtam.base.Messages.get(th.go.bangkok.tidtam.base.ThaiDates.THAI,
                        "indicator.percent.range"));

        var milestone = fixture.newIndicator("ตัวชี้วัดแล้วเสร็จ");
        var milestoneTarget = fixture.target(milestone, 2570, new TargetData(TargetKind.MILESTONE, null, null,
                LocalDate.of(2027, 9, 30), null, null, fixture.officerUnit(), 0L));
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> results.saveResult(milestoneTarget, 1,
                new ResultData(null, null, null, null, 0L), List.of()))).hasMessageContaining("indicator.result.doneRequired");
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> results.saveResult(milestoneTarget, 1,
                new ResultData(null, true, LocalDate.of(2026, 12, 1), null, 0L), List.of())))
                .hasMessageContaining("indicator.result.doneOnFuture");
    }

    @Test
    void a_result_is_reviewed_and_an_accepted_one_changes_only_after_it_is_returned_never_silently() {
        today("2026-11-20");
        var indicator = fixture.newIndicator("ตัวชี้วัดตรวจผล");
        var target = fixture.target(indicator, 2570, fixture.number("100", null, fixture.officerOffice()));
        users.as(TestUsers.OFFICER, () -> results.saveResult(target, 1, new ResultData("30", null, null, null, 0L),
                List.of()));
        var first = result(indicator, 2570, 1);
        assertThatThrownBy(() -> users.as(TestUsers.COORDINATOR, () -> results.saveResult(target, 1,
                new ResultData("35", null, null, null, null), List.of())))
                .as("someone else saved the empty quarter first: a conflict, not an overwrite")
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> fixture.target(indicator, 2570, new TargetData(TargetKind.NUMBER, "คน",
                new java.math.BigDecimal("120"), null, Direction.HIGHER, null, fixture.officerOffice(), null)))
                .as("likewise a target").isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> results.saveResult(target, 1,
                new ResultData("31", null, null, null, first.version() + 1), List.of())))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER_OTHER_OFFICE, () -> results.saveResult(target, 1,
                new ResultData("31", null, null, null, first.version()), List.of())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        users.as(TestUsers.COORDINATOR, () -> results.accept(first.id(), first.version()));
        var accepted = result(indicator, 2570, 1);
        assertThat(accepted.status()).isEqualTo(ResultStatus.ACCEPTED);
        assertThat(accepted.counts()).isTrue();
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> results.saveResult(target, 1,
                new ResultData("40", null, null, null, accepted.version()), List.of())))
                .hasMessageContaining("indicator.result.accepted");
        assertThatThrownBy(() -> users.as(TestUsers.COORDINATOR, () -> results.returnForRevision(accepted.id(), " ",
                accepted.version()))).hasMessageContaining("indicator.result.commentRequired");
        users.as(TestUsers.COORDINATOR, () -> results.returnForRevision(accepted.id(), "แนบหลักฐานด้วย",
                accepted.version()));
        var returned = result(indicator, 2570, 1);
        assertThat(returned.status()).isEqualTo(ResultStatus.RETURNED);
        assertThat(returned.reviewComment()).isEqualTo("แนบหลักฐานด้วย");
        assertThat(users.as(TestUsers.OFFICER, () -> notifications.mine())).filteredOn(n ->
                n.messageKey().equals("notification.indicator.returned") && n.link().equals("indicators/" + indicator
                        + "?fy=2570")).singleElement().satisfies(n -> assertThat(n.arguments())
                .endsWith("1", "2570", "แนบหลักฐานด้วย"));
        users.as(TestUsers.OFFICER, () -> results.saveResult(target, 1, new ResultData("40", null, null, null,
                returned.version()), List.of()));
        assertThat(result(indicator, 2570, 1)).satisfies(r -> {
            assertThat(r.status()).isEqualTo(ResultStatus.SUBMITTED);
            assertThat(r.value()).isEqualByComparingTo("40");
        });
    }

    @Test
    void an_indicator_with_targets_and_an_agency_owning_them_are_not_deleted_and_bad_numbers_are_refused_clearly() {
        today("2026-11-20");
        var indicator = fixture.newIndicator("ตัวชี้วัดลบไม่ได้");
        var owner = users.as(TestUsers.ADMIN, () -> fixture.agency("กลุ่มงานพัฒนาองค์การ"));
        var target = fixture.target(indicator, 2570, fixture.number("10", null, owner));
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> plan.delete(indicator)))
                .hasMessageContaining("plan.inUse.projects");
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> agencies.delete(owner)))
                .hasMessageContaining("agency.inUse.indicators");
        assertThatThrownBy(() -> users.as(TestUsers.COORDINATOR, () -> results.saveResult(target, 5,
                new ResultData("1", null, null, null, null), List.of()))).hasMessageContaining("indicator.quarter.invalid");
        assertThatThrownBy(() -> fixture.target(indicator, 99999, fixture.number("10", null, owner)))
                .hasMessageContaining("project.fiscalYear.range");
    }

    @Test
    void a_head_reads_only_the_indicators_their_office_owns() {
        today("2026-11-20");
        var ours = fixture.newIndicator("ตัวชี้วัดของ ก.ก.");
        fixture.target(ours, 2570, fixture.number("100", null, fixture.officerUnit()));
        var theirs = fixture.newIndicator("ตัวชี้วัดของบางกอกน้อย");
        fixture.target(theirs, 2570, fixture.number("100", null, fixture.agency("สำนักงานเขตบางกอกน้อย")));
        var tree = users.as(TestUsers.HEAD, () -> indicators.tree(2570, IndicatorFilter.none()));
        assertThat(tree).extracting(IndicatorRow::id).contains(ours).doesNotContain(theirs);
        assertThat(users.as(TestUsers.HEAD, () -> indicators.details(ours)).years()).hasSize(1);
        assertThatThrownBy(() -> users.as(TestUsers.HEAD, () -> indicators.details(theirs)))
                .isInstanceOf(NotFoundException.class);
        assertThat(users.as(TestUsers.OFFICER_OTHER_OFFICE, () -> indicators.details(ours)).years().getFirst().canEnter())
                .as("reads, may not enter").isFalse();
        assertThat(users.as(TestUsers.OFFICER, () -> indicators.details(ours)).years().getFirst().canEnter()).isTrue();
    }
}
