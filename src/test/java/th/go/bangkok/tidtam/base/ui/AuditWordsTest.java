package th.go.bangkok.tidtam.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.base.ThaiDates;

/**
 * The audit trail in words (issue #19: "status: SUBMITTED → APPR…", "quantityTargets: [กิจกรรม 4 ค…"): labels of the
 * form, values as screens show them, lists summarised, and nothing unknown turned into a key.
 */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam.base.ui")
class AuditWordsTest extends SpringBrowserlessTest {

    Div screen;

    @BeforeEach
    void aThaiScreen() {
        UI.getCurrent().setLocale(ThaiDates.THAI);
        screen = new Div();
        UI.getCurrent().add(screen);
    }

    @Test
    void a_reports_changes_read_in_the_forms_words_with_thai_statuses_buddhist_dates_and_baht() {
        var stored = """
                reportDate: 2026-03-18 → 2026-03-19
                steps: 1. ประชุม
                2. ร่างคู่มือ → 1. ประชุม
                progress: 10.00 → 12.50
                disbursed: ∅ → 1500.00
                onPlan: ∅ → false
                status: SUBMITTED → DRAFT""";
        assertThat(AuditWords.lines(screen, "ProgressReport", stored)).containsExactly(
                "วันที่รายงาน: 18/03/2569 → 19/03/2569",
                "ขั้นตอนการดำเนินงาน: 1. ประชุม 2. ร่างคู่มือ → 1. ประชุม",
                "ความก้าวหน้า: 10.00 % → 12.50 %",
                "งบประมาณที่เบิกใช้: (ว่าง) → 1,500.00 บาท",
                "เทียบกับแผน: (ว่าง) → ล่าช้ากว่าแผน",
                "สถานะ: ส่งรายงานแล้ว → ร่าง");
    }

    @Test
    void lists_are_summarised_and_statuses_follow_their_record() {
        assertThat(AuditWords.text(screen, "Project",
                "quantityTargets: [กิจกรรม 4 ครั้ง, ผู้เข้าร่วม 1208 คน] → [กิจกรรม 4 ครั้ง, ผู้เข้าร่วม 1208 คน, คู่มือ 1 เล่ม]\n"
                        + "status: DRAFT → ACTIVE"))
                .isEqualTo("เป้าหมายเชิงปริมาณ: เพิ่ม 1 รายการ · สถานะ: ร่าง → ดำเนินการ");
        assertThat(AuditWords.text(screen, "ChangeRequest", "status: SUBMITTED → APPROVED"))
                .isEqualTo("สถานะ: รออนุมัติ → อนุมัติแล้ว");
    }

    @Test
    void a_field_or_value_it_does_not_know_is_shown_as_stored_never_as_a_key() {
        assertThat(AuditWords.text(screen, "Something", "mysteryField: abc → xyz\nstatus: WEIRD → ODD"))
                .isEqualTo("mysteryField: abc → xyz · สถานะ: WEIRD → ODD")
                .doesNotContain("!");
    }
}
