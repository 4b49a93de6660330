package th.go.bangkok.tidtam.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.progress.ProgressService;
import th.go.bangkok.tidtam.progress.ReportView;
import th.go.bangkok.tidtam.project.ProjectDetails;
import th.go.bangkok.tidtam.project.ProjectService;

/**
 * Each rule the portal keeps for what is filed here, broken on its own in a small export: the file is stored as it
 * was filed, with the warning at its line, never refused (decision 0015).
 */
@IntegrationTest
class HistoryAsFiledTest {

    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(8000, 9900));

    private static final String EXPORT = """
            ** แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ **
            1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
            1.1 รหัสโครงการและชื่อโครงการ
            ชื่อโครงการ/กิจกรรม : โครงการทดสอบประวัติ {code}
            รหัสโครงการ... : {code}
            ปีงบประมาณ พ.ศ. : 2566
            เริ่มต้นโครงการ : {start}
            งบประมาณที่ได้รับ : 100,000 บาท
            สิ้นสุดโครงการ : {end}
            งบประมาณที่ใช้ไป : {used} บาท
            1.2 หน่วยงานที่รับผิดชอบ
            หน่วยงานที่รับผิดชอบ. : {agency}
            ชื่อผู้รับผิดชอบ... : {responsible}
            ผู้ประสานงาน สยป : นางประสาน งาน โทร. 5678
            1.4 วัตถุประสงค์ของโครงการ
            1. เพื่อทดสอบการนำเข้า
            1.5 เป้าหมายของโครงการ..
            2. เป้าหมายเชิงปริมาณ
            {targets}
            1.6 สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี
            ประเด็นยุทธศาสตร์ : ด้านที่ ๓ ? มหานครสำหรับทุกคน : Inclusive City
            ประเด็นยุทธศาสตร์ย่อย : ๓.๒ - สุขภาพ
            เป้าหมายที่ : {goal}
            2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
            {reports}
            """;
    private static final String REPORT = "รายงานครั้งที่%d\t:: %s : งานครั้งที่ %d\t:: ความก้าวหน้าของงานฯ = %s %%"
            + " งบประมาณที่เบิกใช้ (ครั้งที่ %d) = %s บาท\t: เป็นไปตามแผน\t: เป็นไปตามเป้าหมาย";

    @Autowired
    LegacyImports imports;
    @Autowired
    ProjectService projects;
    @Autowired
    ProgressService progress;
    @Autowired
    TestUsers users;

    /** A well-formed export of the Bangkok Noi cleaning unit under a fresh code, then one change to it. */
    private static final class Export {
        final String code = "50200000-" + SERIAL.incrementAndGet();
        String start = "2022-10-01";
        String end = "2023-09-30";
        String used = "30,000";
        String agency = "สำนักงานเขตบางกอกน้อย / ฝ่ายรักษาความสะอาดและสวนสาธารณะ / งานรักษาความสะอาด";
        String responsible = "นายทดสอบ ระบบ โทร. 1234";
        String targets = "ผู้เข้าร่วม จำนวน 100 คน\n- ข้าราชการ จำนวน 60 คน\n- ประชาชน จำนวน 40 คน";
        String goal = "๓.๒.๑ ผู้สูงอายุได้รับการดูแลสุขภาพอย่างทั่วถึง";
        String reports = String.join("\n", report(1, "20/11/2565", "10.00", "10,000"),
                report(2, "20/12/2565", "20.00", "20,000"));

        static String report(int n, String date, String progress, String money) {
            return REPORT.formatted(n, date, n, progress, n, money);
        }

        byte[] bytes() {
            return EXPORT.replace("{code}", code).replace("{start}", start).replace("{end}", end)
                    .replace("{used}", used).replace("{agency}", agency).replace("{responsible}", responsible)
                    .replace("{targets}", targets).replace("{goal}", goal).replace("{reports}", reports)
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private ImportOutcome storedWith(Export export, String warning) {
        var preview = users.as(TestUsers.COORDINATOR, () -> imports.preview(export.code + ".txt", export.bytes()));
        assertThat(preview.hasErrors()).as(preview.findings().toString()).isFalse();
        assertThat(preview.warnings()).extracting(Finding::key).contains(warning);
        assertThat(preview.warnings()).filteredOn(f -> f.key().equals(warning)).allSatisfy(f ->
                assertThat(f.text(ThaiDates.THAI)).doesNotContain("{").doesNotContain("legacy."));
        var outcome = users.as(TestUsers.COORDINATOR, () -> imports.store(export.code + ".txt", export.bytes()));
        assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        assertThat(outcome.warnings()).extracting(Finding::key).contains(warning);
        return outcome;
    }

    private ProjectDetails project(Export export) {
        return users.as(TestUsers.COORDINATOR, () -> projects.get(export.code));
    }

    private java.util.List<ReportView> reports(Export export) {
        return users.as(TestUsers.COORDINATOR, () -> progress.reports(export.code));
    }

    @Test
    void the_well_formed_export_is_stored_without_a_warning_about_our_rules() {
        var export = new Export();
        var preview = users.as(TestUsers.COORDINATOR, () -> imports.preview("ok.txt", export.bytes()));
        assertThat(preview.hasErrors()).isFalse();
        assertThat(preview.warnings()).extracting(Finding::key).doesNotContain("partsMismatch", "sameMonth",
                "usedMismatch", "dateOutsideYear", "endBeforeStart", "overBudget", "responsible.missing");
    }

    @Test
    void a_breakdown_that_does_not_add_up_is_stored_as_filed() {
        var export = new Export();
        export.targets = "ผู้เข้าร่วม จำนวน 100 คน\n- ข้าราชการ จำนวน 60 คน\n- ประชาชน จำนวน 30 คน";
        storedWith(export, "partsMismatch");
        var target = project(export).data().quantityTargets().getFirst();
        assertThat(target.quantity()).isEqualByComparingTo("100");
        assertThat(target.breakdown()).extracting(p -> p.quantity().intValue()).containsExactly(60, 30);
    }

    @Test
    void two_reports_in_one_month_are_both_stored() {
        var export = new Export();
        export.reports = String.join("\n", Export.report(1, "05/11/2565", "5.00", "0"),
                Export.report(2, "28/11/2565", "10.00", "10,000"), Export.report(3, "20/12/2565", "20.00", "20,000"));
        storedWith(export, "sameMonth");
        assertThat(reports(export)).extracting(ReportView::number, ReportView::reportDate).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, LocalDate.of(2022, 11, 5)),
                org.assertj.core.groups.Tuple.tuple(2, LocalDate.of(2022, 11, 28)),
                org.assertj.core.groups.Tuple.tuple(3, LocalDate.of(2022, 12, 20)));
    }

    @Test
    void a_plan_item_we_do_not_have_is_kept_as_a_note_and_the_project_stays_a_draft() {
        var export = new Export();
        export.goal = "๓.๙.๙ เป้าหมายที่ไม่มีในแผน";
        storedWith(export, "planUnknown");
        var preview = users.as(TestUsers.COORDINATOR, () -> imports.preview("again.txt", export.bytes()));
        assertThat(preview.project().notes()).extracting(LegacyProject.Note::text)
                .contains("เป้าหมายที่ : ๓.๙.๙ เป้าหมายที่ไม่มีในแผน");
    }

    @Test
    void a_budget_used_that_is_not_the_sum_of_the_reports_is_warned_and_the_reports_count() {
        var export = new Export();
        export.used = "45,000";
        storedWith(export, "usedMismatch");
        assertThat(project(export).budgetUsed()).isEqualByComparingTo("30000.00");
    }

    @Test
    void dates_outside_the_fiscal_year_are_stored_as_filed() {
        var export = new Export();
        export.start = "2022-06-01";
        storedWith(export, "dateOutsideYear");
        assertThat(project(export).startDate()).isEqualTo(LocalDate.of(2022, 6, 1));
    }

    @Test
    void an_end_before_the_start_is_stored_as_filed() {
        var export = new Export();
        export.end = "2022-09-30";
        storedWith(export, "endBeforeStart");
        assertThat(project(export).endDate()).isEqualTo(LocalDate.of(2022, 9, 30));
    }

    @Test
    void disbursements_past_the_budget_are_stored_as_filed() {
        var export = new Export();
        export.used = "150,000";
        export.reports = String.join("\n", Export.report(1, "20/11/2565", "50.00", "100,000"),
                Export.report(2, "20/12/2565", "90.00", "50,000"));
        storedWith(export, "overBudget");
        assertThat(project(export).budgetUsed()).isEqualByComparingTo("150000.00");
    }

    @Test
    void a_missing_responsible_officer_is_stored_without_a_name() {
        var export = new Export();
        export.responsible = "";
        storedWith(export, "responsible.missing");
        assertThat(project(export).responsibleName()).isEmpty();
    }

    @Test
    void missing_dates_are_taken_from_the_fiscal_year_and_said() {
        var export = new Export();
        export.start = "";
        export.end = "ไม่ระบุ";
        storedWith(export, "startAssumed");
        assertThat(project(export).startDate()).isEqualTo(LocalDate.of(2022, 10, 1));
        assertThat(project(export).endDate()).isEqualTo(LocalDate.of(2023, 9, 30));
    }

    @Test
    void a_report_whose_date_cannot_be_read_is_kept_as_a_note_and_the_others_are_stored() {
        var export = new Export();
        export.reports = String.join("\n", Export.report(1, "20/11/2565", "10.00", "10,000"),
                Export.report(2, "31/02/2566", "20.00", "20,000"));
        export.used = "10,000";
        storedWith(export, "reportDate");
        assertThat(reports(export)).extracting(ReportView::number).containsExactly(1);
    }

    @Test
    void a_report_dated_after_today_is_kept_as_a_note_not_as_a_report() {
        var export = new Export();
        var next = LocalDate.now().plusMonths(2);
        export.reports = String.join("\n", Export.report(1, "20/11/2565", "10.00", "10,000"),
                Export.report(2, ThaiDates.formatShort(next), "20.00", "20,000"));
        export.used = "10,000";
        storedWith(export, "reportFuture");
        assertThat(reports(export)).extracting(ReportView::number).containsExactly(1);
    }

    @Test
    void an_export_without_an_agency_takes_the_office_of_its_code() {
        var export = new Export();
        export.agency = "";
        storedWith(export, "agencyByCode");
        assertThat(project(export).agencyPath()).isEqualTo("สำนักงานเขตบางกอกน้อย");
    }
}
