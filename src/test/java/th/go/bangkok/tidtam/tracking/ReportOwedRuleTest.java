package th.go.bangkok.tidtam.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.FigureCache;
import th.go.bangkok.tidtam.progress.ProgressReportData;
import th.go.bangkok.tidtam.progress.ProgressService;
import th.go.bangkok.tidtam.progress.ReportImportService;
import th.go.bangkok.tidtam.progress.ReportFilingService;
import th.go.bangkok.tidtam.project.ProjectData;
import th.go.bangkok.tidtam.project.ProjectFixtures;
import th.go.bangkok.tidtam.project.ProjectFilingService;

/**
 * One rule for "a report is owed" (issue #19): the project is active, running in the month (from its start month to
 * its end month) and the month is open. The same table of cases is asked of every place that tells: the officer's
 * {@code /reports/due}, the project page's report buttons, the coordinators' missing list on {@code /tracking} and
 * the morning digest. February 2026 is asked on 5 March 2026, before it closes on the 10th.
 */
@IntegrationTest
class ReportOwedRuleTest {

    static final YearMonth FEBRUARY = YearMonth.of(2026, 2);

    @Autowired
    ProgressService progress;
    @Autowired
    ReportFilingService filing;
    @Autowired
    ReportImportService reportImports;
    @Autowired
    ProjectFilingService projectFiling;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    TrackingService tracking;
    @Autowired
    DigestQueries digest;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void every_place_that_asks_for_a_report_follows_the_same_rule() {
        clock.set(OffsetDateTime.parse("2026-03-05T10:00:00+07:00").toInstant());
        var cases = new LinkedHashMap<String, Boolean>();
        cases.put(active("running all year", "2025-10-01", "2026-09-30"), true);
        cases.put(active("ended in the middle of the month", "2025-10-01", "2026-02-15"), true);
        cases.put(active("started in the middle of the month", "2026-02-20", "2026-09-30"), true);
        cases.put(active("ended the month before", "2025-10-01", "2026-01-31"), false);
        cases.put(active("starts the month after", "2026-03-01", "2026-09-30"), false);
        var closed = active("closed early", "2025-10-01", "2026-09-30");
        users.as(TestUsers.OFFICER, () -> projectFiling.close(closed));
        cases.put(closed, false);
        cases.put(project("still a draft", "2025-10-01", "2026-09-30"), false);
        var imported = active("its report imported", "2025-10-01", "2026-09-30");
        users.as(TestUsers.ADMIN, () -> reportImports.recordHistorical(imported, FEBRUARY, new ProgressReportData(
                LocalDate.of(2026, 2, 25), "1. ดำเนินการตามแผน", new BigDecimal("30.00"), BigDecimal.ZERO, true, true,
                null, 0), false, "admin"));
        cases.put(imported, false);
        var draft = active("its report a draft", "2025-10-01", "2026-09-30");
        users.as(TestUsers.OFFICER, () -> filing.save(draft, FEBRUARY, new ProgressReportData(
                LocalDate.of(2026, 2, 25), "1. ร่าง", null, null, null, null, null, 0)));
        cases.put(draft, true);
        FigureCache.changed();

        var due = users.as(TestUsers.OFFICER, () -> progress.due()).stream()
                .filter(d -> d.month().equals(FEBRUARY)).map(d -> d.projectCode()).toList();
        var missing = users.as(TestUsers.COORDINATOR, () -> tracking.missing(
                new TrackingPeriod(2569, FEBRUARY), fixtures.officerUnit(), PageRequest.of(0, 1000))).stream()
                .map(MissingReport::projectCode).toList();
        var digested = digest.missing(FEBRUARY).stream().map(DigestQueries.OwedReport::code).toList();
        cases.forEach((code, owed) -> {
            var asked = users.as(TestUsers.OFFICER, () -> progress.fileableMonths(code)).stream()
                    .anyMatch(m -> m.month().equals(FEBRUARY) && m.owed());
            assertThat(Map.of("/reports/due", due.contains(code), "project page", asked,
                    "/tracking missing", missing.contains(code), "digest", digested.contains(code)))
                    .as(name(code))
                    .allSatisfy((place, says) -> assertThat(says).as(name(code) + " on " + place).isEqualTo(owed));
        });
    }

    @Test
    void a_month_after_the_end_may_still_be_filed_but_is_not_asked_for() {
        clock.set(OffsetDateTime.parse("2026-03-05T10:00:00+07:00").toInstant());
        var code = active("ended in January", "2025-10-01", "2026-01-31");
        assertThat(users.as(TestUsers.OFFICER, () -> progress.fileableMonths(code)))
                .filteredOn(m -> m.month().equals(FEBRUARY)).singleElement()
                .satisfies(m -> assertThat(m.owed()).as("February is after the end").isFalse());
        users.as(TestUsers.OFFICER, () -> filing.save(code, FEBRUARY, new ProgressReportData(
                LocalDate.of(2026, 2, 25), "1. เบิกจ่ายงวดสุดท้าย", new BigDecimal("100.00"), new BigDecimal("1000.00"),
                true, true, null, 0)));
        assertThat(users.as(TestUsers.OFFICER, () -> progress.due()))
                .as("a report started after the end stays on the list until it is sent")
                .anyMatch(d -> d.projectCode().equals(code) && d.month().equals(FEBRUARY));
    }

    private final Map<String, String> names = new LinkedHashMap<>();

    private String name(String code) {
        return names.get(code);
    }

    private String project(String label, String start, String end) {
        var data = fixtures.valid("โครงการกติกาการรายงาน " + UUID.randomUUID());
        var dated = new ProjectData(data.code(), data.name(), data.fiscalYear(), LocalDate.parse(start),
                LocalDate.parse(end), data.budget(), data.agencyId(), data.responsibleName(), data.responsiblePhone(),
                data.coordinatorName(), data.coordinatorPhone(), data.rationale(), data.objectives(),
                data.qualityTargets(), data.quantityTargets(), data.planNodeIds(), 0);
        var code = users.as(TestUsers.OFFICER, () -> projectFiling.create(dated));
        names.put(code, label);
        return code;
    }

    private String active(String label, String start, String end) {
        var code = project(label, start, end);
        users.as(TestUsers.OFFICER, () -> projectFiling.submit(code));
        return code;
    }
}
