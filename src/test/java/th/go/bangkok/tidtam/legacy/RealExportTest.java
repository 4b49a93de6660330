package th.go.bangkok.tidtam.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.change.ChangeService;
import th.go.bangkok.tidtam.change.ChangeStatus;
import th.go.bangkok.tidtam.progress.ProgressService;
import th.go.bangkok.tidtam.progress.ReportView;
import th.go.bangkok.tidtam.project.ProjectService;
import th.go.bangkok.tidtam.project.ProjectStatus;
import th.go.bangkok.tidtam.report.FormFixtures;
import th.go.bangkok.tidtam.report.FormService;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.tracking.MonthCompleteness;
import th.go.bangkok.tidtam.tracking.TrackingPeriod;
import th.go.bangkok.tidtam.tracking.TrackingService;

/**
 * A real export (the third sample, made up with the shapes real ones have) comes over whole: every value as filed,
 * two reports in one month and none in two others, the office found by its official name, the approval letter told
 * apart from a circular, Windows line endings; and the portal's screens count that history as it was.
 */
@IntegrationTest
class RealExportTest {

    static final String KK_GROUP = "สำนักงาน ก.ก. / กองพัฒนาระบบราชการกรุงเทพมหานคร / กลุ่มงานพัฒนาระบบงานและนวัตกรรมบริการ";

    @Autowired
    LegacyImports imports;
    @Autowired
    ProjectService projects;
    @Autowired
    ProgressService progress;
    @Autowired
    ChangeService changes;
    @Autowired
    FormService forms;
    @Autowired
    TrackingService tracking;
    @Autowired
    TestUsers users;

    @Test
    void the_training_export_is_stored_with_every_value_as_it_was_filed() throws Exception {
        var export = LegacyFixtures.copy(LegacyFixtures.TRAINING);
        assertThat(export.text()).as("the sample has Windows line endings").contains("\r\n");
        var preview = users.as(TestUsers.ADMIN, () -> imports.preview("legacy-report-03000000-1875.txt",
                export.bytes()));
        assertThat(preview.hasErrors()).as(preview.findings().toString()).isFalse();
        assertThat(preview.agencyPath()).as("the office matched by its official name").isEqualTo(KK_GROUP);
        assertThat(preview.warnings()).extracting(Finding::key).doesNotContain("agencyMapped")
                .contains("sameMonth", "noProgress");
        assertThat(preview.warnings()).extracting(Finding::line, Finding::key).contains(tuple(102, "sameMonth"));
        var indicator = preview.project().plan().stream().filter(r -> r.level() == PlanLevel.INDICATOR).findFirst()
                .orElseThrow();
        assertThat(indicator.name()).isEqualTo("ร้อยละของผู้เข้ารับการฝึกอบรมที่เขียนหนังสือราชการได้ถูกต้องตามระเบียบงานสารบรรณ"
                + " ภายในปีงบประมาณ พ.ศ. 2565");

        var outcome = users.as(TestUsers.ADMIN, () -> imports.store("legacy-report-03000000-1875.txt", export.bytes()));
        assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        var code = export.code();
        var project = users.as(TestUsers.HEAD, () -> projects.get(code));
        assertThat(project.agencyPath()).isEqualTo(KK_GROUP);
        assertThat(project.status()).isEqualTo(ProjectStatus.ACTIVE);
        assertThat(project.fiscalYear()).isEqualTo(2565);
        assertThat(project.startDate()).isEqualTo(LocalDate.of(2021, 10, 1));
        assertThat(project.endDate()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(project.budget()).isEqualByComparingTo("412500.00");
        assertThat(project.budgetUsed()).isEqualByComparingTo("112000.00");
        assertThat(project.responsibleName()).isEqualTo("นายวรวุฒิ แสงทอง");
        assertThat(project.responsiblePhone()).isEqualTo("1471");
        assertThat(project.coordinatorName()).isEqualTo("นางสาวพิมพ์ชนก ศรีสมบูรณ์");
        assertThat(project.coordinatorPhone()).isEqualTo("1547");

        var reports = users.as(TestUsers.HEAD, () -> progress.reports(code));
        assertThat(reports).hasSize(9).allMatch(ReportView::frozen, "frozen as closed months");
        assertThat(reports).extracting(ReportView::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        var byNumber = reports.stream().collect(Collectors.toMap(ReportView::number, r -> r));
        assertThat(byNumber.get(1).progress()).isNull();
        assertThat(byNumber.get(1).disbursed()).isNull();
        assertThat(byNumber.get(2).progress()).isEqualByComparingTo("10.00");
        assertThat(byNumber.get(3).progress()).isEqualByComparingTo("20.00");
        assertThat(byNumber.get(3).disbursed()).isEqualByComparingTo("12000.00");
        assertThat(byNumber.get(6).progress()).isEqualByComparingTo("60.00");
        assertThat(byNumber.get(6).disbursed()).isEqualByComparingTo("96400.00");
        assertThat(byNumber.get(6).disbursementRound()).as("the round the old system printed").isEqualTo(6);
        assertThat(byNumber.get(7).reportDate()).isEqualTo(LocalDate.of(2022, 6, 7));
        assertThat(byNumber.get(7).progress()).isEqualByComparingTo("80.00");
        assertThat(byNumber.get(8).reportDate()).as("the same month as 7").isEqualTo(LocalDate.of(2022, 6, 29));
        assertThat(byNumber.get(8).progress()).isEqualByComparingTo("85.00");
        assertThat(byNumber.get(8).disbursed()).as("split from its report by page headers").isEqualByComparingTo("0");
        assertThat(byNumber.get(8).onPlan()).isTrue();
        assertThat(byNumber.get(8).onTarget()).isTrue();
        assertThat(byNumber.get(9).progress()).isEqualByComparingTo("100.00");
        assertThat(byNumber.get(9).disbursed()).isEqualByComparingTo("3600.00");
        assertThat(reports).extracting(ReportView::month).doesNotContain(YearMonth.of(2022, 4), YearMonth.of(2022, 5));

        var target = project.quantityTargets();
        assertThat(target).singleElement().satisfies(t -> {
            assertThat(t.quantity()).isEqualByComparingTo("650");
            assertThat(t.unit()).isEqualTo("คน");
            assertThat(t.lines()).extracting(th.go.bangkok.tidtam.project.QuantityTarget.Line::text).containsExactly(
                    "จัดฝึกอบรม โดยมีผู้เข้ารับการฝึกอบรม จำนวน 650 คน",
                    "กลุ่มเป้าหมาย ข้าราชการกรุงเทพมหานครสามัญ จำนวน 600 คน",
                    "- ประเภทวิชาการ ระดับปฏิบัติการ - ระดับชำนาญการ",
                    "- ประเภททั่วไป ระดับปฏิบัติงาน - ระดับชำนาญงาน",
                    "ซึ่งปฏิบัติงานด้านงานสารบรรณของหน่วยงาน",
                    "ผู้เกี่ยวข้อง จำนวน 50 คน",
                    "- เจ้าหน้าที่ดำเนินการ จำนวน 12 คน (จำนวน 4 รุ่น ๆ ละ 12 คน)",
                    "- วิทยากร จำนวน 2 คน (รุ่นละ 2 คน)");
        });
        // the indicator our plan does not have is kept with the project, both of its lines, and printed
        assertThat(project.importNotes()).extracting(th.go.bangkok.tidtam.project.ImportNote::lineNo,
                th.go.bangkok.tidtam.project.ImportNote::text).containsExactly(tuple(83,
                "ตัวชี้วัด : ร้อยละของผู้เข้ารับการฝึกอบรมที่เขียนหนังสือราชการได้ถูกต้องตามระเบียบงานสารบรรณ"
                        + " ภายในปีงบประมาณ พ.ศ. 2565"));

        assertThat(users.as(TestUsers.HEAD, () -> changes.requests(code))).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(ChangeStatus.APPROVED);
            assertThat(c.letterNo()).isEqualTo("กท 0303/118");
            assertThat(c.letterDate()).isEqualTo(LocalDate.of(2022, 1, 12));
        });
    }

    @Test
    void windows_line_endings_read_exactly_like_unix_ones() throws Exception {
        var crlf = LegacyFixtures.text(LegacyFixtures.TRAINING);
        var lf = crlf.replace("\r\n", "\n");
        var a = LegacyParser.parse(crlf.getBytes(StandardCharsets.UTF_8));
        var b = LegacyParser.parse(lf.getBytes(StandardCharsets.UTF_8));
        assertThat(a.project()).isEqualTo(b.project());
        assertThat(a.findings()).isEqualTo(b.findings());
        assertThat(a.errors()).isEmpty();
    }

    @Test
    void two_reports_in_june_count_june_once_and_april_and_may_stay_missing() throws Exception {
        var period = new TrackingPeriod(2565, YearMonth.of(2022, 9));
        var before = completeness(period);
        var june = new TrackingPeriod(2565, YearMonth.of(2022, 6));
        var headlineBefore = users.as(TestUsers.COORDINATOR, () -> tracking.headline(june));

        var export = LegacyFixtures.copy(LegacyFixtures.TRAINING);
        users.as(TestUsers.ADMIN, () -> imports.store("training.txt", export.bytes()));

        var after = completeness(period);
        for (var month : List.of(YearMonth.of(2022, 3), YearMonth.of(2022, 6))) {
            assertThat(after.get(month).expected() - before.get(month).expected()).as(month + " expected").isEqualTo(1);
            assertThat(after.get(month).reported() - before.get(month).reported()).as(month + " reported once")
                    .isEqualTo(1);
        }
        for (var month : List.of(YearMonth.of(2022, 4), YearMonth.of(2022, 5), YearMonth.of(2022, 7))) {
            assertThat(after.get(month).expected() - before.get(month).expected()).as(month + " expected").isEqualTo(1);
            assertThat(after.get(month).reported() - before.get(month).reported()).as(month + " missing, as it was")
                    .isZero();
        }
        var headline = users.as(TestUsers.COORDINATOR, () -> tracking.headline(june));
        assertThat(headline.activeProjects() - headlineBefore.activeProjects()).isEqualTo(1);
        assertThat(headline.reported() - headlineBefore.reported()).as("June counted once").isEqualTo(1);
        assertThat(headline.disbursed().subtract(headlineBefore.disbursed())).as("the money to June")
                .isEqualByComparingTo(new BigDecimal("108400.00"));
    }

    @Test
    void its_printed_form_shows_the_nine_reports_and_the_approval() throws Exception {
        var export = LegacyFixtures.copy(LegacyFixtures.TRAINING);
        users.as(TestUsers.ADMIN, () -> imports.store("training.txt", export.bytes()));
        var pdf = users.as(TestUsers.HEAD, () -> forms.print(export.code())).pdf();
        FormFixtures.save("training-" + export.code(), pdf);
        var text = String.join("\n", FormFixtures.pages(pdf));
        var parsed = LegacyParser.parse(export.bytes()).project();
        assertThat(parsed.reports()).hasSize(9);
        assertThat(text.lines().map(String::strip).toList()).containsSubsequence(
                "1. จัดฝึกอบรม โดยมีผู้เข้ารับการฝึกอบรม จำนวน 650 คน",
                "กลุ่มเป้าหมาย ข้าราชการกรุงเทพมหานครสามัญ จำนวน 600 คน",
                "- ประเภทวิชาการ ระดับปฏิบัติการ - ระดับชำนาญการ",
                "ผู้เกี่ยวข้อง จำนวน 50 คน",
                "- เจ้าหน้าที่ดำเนินการ จำนวน 12 คน (จำนวน 4 รุ่น ๆ ละ 12 คน)",
                "- วิทยากร จำนวน 2 คน (รุ่นละ 2 คน)");
        assertThat(text).contains("ภายในปีงบประมาณ พ.ศ. 2565");
        assertThat(text).contains("งบประมาณที่เบิกใช้ (ครั้งที่ 6) = 96,400.00 บาท")
                .contains("งบประมาณที่เบิกใช้ (ครั้งที่ 9) = 3,600.00 บาท");
        for (var r : parsed.reports()) {
            assertThat(text).contains("รายงานครั้งที่ " + r.number() + "  วันที่ " + ThaiDates.formatLong(r.date()))
                    .contains("ความก้าวหน้าของงานฯ = " + (r.progress() == null ? "–" : r.progress().setScale(2) + " %"));
        }
        // the approved changes are printed as "1. ตามหนังสือที่ … : reason"; the circular is no change
        assertThat(text).contains("1. ตามหนังสือที่ กท 0303/118 ลงวันที่ 12 มกราคม 2565 :")
                .doesNotContain("2. ตามหนังสือที่").doesNotContain(". ตามหนังสือที่ กท 0303/402")
                .contains("งบประมาณที่ได้รับ : 412,500.00 บาท    งบประมาณที่ใช้ไป 112,000.00 บาท");
    }

    private Map<YearMonth, MonthCompleteness> completeness(TrackingPeriod period) {
        return users.as(TestUsers.COORDINATOR, () -> tracking.completenessByMonth(period)).stream()
                .collect(Collectors.toMap(MonthCompleteness::month, m -> m));
    }
}
