package th.go.bangkok.tidtam.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.project.ProjectFilingService;
import th.go.bangkok.tidtam.project.ProjectService;

/**
 * The official form read back as text: the exact Thai of the record, the form's headings and figures, the title
 * and หน้า X/Y on every page of a long one, the footer's reference; who may print and verify; verification after a
 * change names what changed.
 */
@IntegrationTest
class FormPdfTest {

    @Autowired
    FormService forms;
    @Autowired
    FormFixtures fixtures;
    @Autowired
    ProjectService projects;
    @Autowired
    ProjectFilingService filing;
    @Autowired
    TestUsers users;

    @Test
    void the_form_reads_back_as_the_exact_thai_of_the_record() throws Exception {
        var code = fixtures.withTwelveReports();
        var project = users.as(TestUsers.OFFICER, () -> projects.get(code));
        var form = users.as(TestUsers.OFFICER, () -> forms.print(code));
        var saved = FormFixtures.save("form-" + code + ".pdf", form.pdf());
        // page 1 as a picture, for people reviewing a run (target/forms/page-1.png)
        var render = new ProcessBuilder("pdftoppm", "-r", "100", "-png", "-f", "1", "-l", "1", "-singlefile",
                saved.toString(), saved.resolveSibling("page").toString()).redirectErrorStream(true).start();
        assertThat(render.waitFor()).isZero();
        var png = javax.imageio.ImageIO.read(saved.resolveSibling("page.png").toFile());
        assertThat(png.getWidth()).as("A4 at 100 dpi").isEqualTo(827);
        assertThat(png.getHeight()).isEqualTo(1170);
        var text = String.join("\n", FormFixtures.pages(form.pdf()));
        var joined = text.replaceAll("\\s+", "");

        assertThat(text).contains(FormPdf.TITLE)
                .contains("ชื่อโครงการ/กิจกรรม : " + project.name())
                .contains("รหัสโครงการ : " + code + "    ปีงบประมาณ พ.ศ. 2569")
                .contains("เริ่มต้นโครงการ : 1 ตุลาคม 2568    สิ้นสุดโครงการ 30 กันยายน 2569")
                .contains("งบประมาณที่ได้รับ : 824,000.00 บาท    งบประมาณที่ใช้ไป 32,400.00 บาท")
                .contains("ชื่อผู้รับผิดชอบ : นางสาวสมศรี ใจดี โทร. 1460")
                .contains("ผู้ประสานงาน สยป. : นางวิไลวรรณ ชัยมงคล โทร. 1562")
                .contains("ด้านที่ ๗ การบริหารจัดการเมืองมหานคร")
                .contains("ประเด็นยุทธศาสตร์ย่อย ๗.๓ การบริหารทรัพยากรบุคคล")
                .contains("1. ผู้เข้าร่วม จำนวน 1,208 คน (ข้าราชการ 1,100 คน, บุคคลภายนอก 108 คน)")
                .contains("ความก้าวหน้าของงานฯ = 96.00 %")
                .contains("งบประมาณที่เบิกใช้ (ครั้งที่ 12) = 2,700.00 บาท")
                .contains("เป็นไปตามแผน / เป็นไปตามเป้าหมาย")
                .contains("ล่าช้ากว่าแผน / เป็นไปตามเป้าหมาย")
                .contains("เป็นไปตามแผน / ไม่เป็นไปตามเป้าหมาย")
                .contains("ลงชื่อ").contains("(ผู้รับผิดชอบโครงการ)")
                .contains("รหัสตรวจสอบ " + form.reference())
                .contains("/verify/" + form.reference());
        for (int n = 1; n <= 12; n++) {
            assertThat(text).contains("รายงานครั้งที่ " + n + "  วันที่ 20 ");
        }
        assertThat(text).contains("รายงานครั้งที่ 1  วันที่ 20 ตุลาคม 2568")
                .contains("รายงานครั้งที่ 12  วันที่ 20 กันยายน 2569");
        assertThat(joined).as("the agency path, wrapped but whole")
                .contains(("หน่วยงาน : " + project.agencyPath()).replaceAll("\\s+", ""));
        var goal = project.planChains().getFirst().getLast();
        assertThat(joined).as("the goal's sentence, wrapped but whole")
                .contains(("เป้าหมายที่ ๗.๓.๑ " + goal.nameTh()).replaceAll("\\s+", ""));
        assertThat(joined).as("the certification, wrapped but whole")
                .contains(FormPdf.CERTIFICATION.replaceAll("\\s+", ""));
        assertThat(joined).as("long Thai paragraphs come back whole").contains(FormFixtures.LONG_THAI.replaceAll("\\s+", ""));
        // every line of the long paragraph ends where Thai allows a line break, never inside a word
        var breaks = java.text.BreakIterator.getLineInstance(java.util.Locale.forLanguageTag("th-TH"));
        breaks.setText(FormFixtures.LONG_THAI);
        int checked = 0;
        for (var line : text.split("\n")) {
            var piece = line.strip();
            int at = FormFixtures.LONG_THAI.indexOf(piece);
            if (piece.length() > 20 && at >= 0 && at + piece.length() < FormFixtures.LONG_THAI.length()) {
                int end = at + piece.length();
                boolean atSpace = FormFixtures.LONG_THAI.charAt(end) == ' ';
                assertThat(atSpace || breaks.isBoundary(end)).as("line ends between words: " + piece).isTrue();
                checked++;
            }
        }
        assertThat(checked).as("wrapped lines of the long paragraph were found").isGreaterThan(10);
        assertThat(Pattern.compile("[ก-๛] +[ัิีึืุู่้๊๋็์]").matcher(text).find())
                .as("no space before a vowel or tone mark").isFalse();
    }

    @Test
    void a_long_form_has_the_title_and_its_page_number_on_every_page() throws Exception {
        var code = fixtures.withTwelveReports();
        var pages = FormFixtures.pages(users.as(TestUsers.HEAD, () -> forms.print(code)).pdf());
        assertThat(pages).as("twelve long reports take several pages").hasSizeGreaterThanOrEqualTo(4);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page " + (i + 1)).contains(FormPdf.TITLE)
                    .contains("หน้า " + (i + 1) + "/" + pages.size()).contains("พิมพ์เมื่อ");
        }
        assertThat(pages.getLast()).contains("3. การรับรองข้อมูล");
        assertThat(pages.getFirst()).contains("1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ");
    }

    @Test
    void officers_of_another_agency_and_nobody_signed_in_may_not_print_or_verify() {
        var code = fixtures.withTwelveReports();
        var reference = users.as(TestUsers.COORDINATOR, () -> forms.print(code)).reference();
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER_OTHER_OFFICE, () -> forms.print(code)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER_OTHER_OFFICE, () -> forms.verify(reference)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> forms.print(code)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> forms.verify(reference)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(users.as(TestUsers.HEAD, () -> forms.verify(reference)).matches()).isTrue();
        assertThatThrownBy(() -> users.as(TestUsers.HEAD, () -> forms.verify("NOTAREAL-REF")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anyone_holding_the_paper_learns_only_whether_it_matches_the_project_and_when_it_was_printed() {
        var code = fixtures.withTwelveReports();
        var printed = users.as(TestUsers.OFFICER, () -> forms.print(code));
        var answer = forms.publicCheck(printed.reference());
        assertThat(answer.matches()).isTrue();
        assertThat(answer.projectCode()).isEqualTo(code);
        assertThat(answer.printedAt()).isNotNull();
        assertThat(org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication())
                .as("nobody is left signed in by the check").isNull();
        assertThat(users.as(TestUsers.OFFICER_OTHER_OFFICE, () -> {
            assertThatThrownBy(() -> forms.verify(printed.reference())).isInstanceOf(NotFoundException.class);
            return forms.publicCheck(printed.reference());
        }).matches()).as("someone who may not view the project, after the full check refused them").isTrue();
        assertThatThrownBy(() -> forms.publicCheck("NOTAREAL")).isInstanceOf(NotFoundException.class);
        assertThat(PublicVerification.class.getRecordComponents()).extracting(c -> c.getName())
                .as("who printed it and what changed stay with those who may view the project")
                .containsExactly("reference", "projectCode", "projectName", "printedAt", "matches");
    }

    @Test
    void a_printout_verifies_until_the_record_changes_and_then_names_what_changed() {
        var code = fixtures.withTwelveReports();
        var first = users.as(TestUsers.OFFICER, () -> forms.print(code));
        var again = users.as(TestUsers.OFFICER, () -> forms.print(code));
        assertThat(again.reference()).as("the same content, the same reference").isEqualTo(first.reference());
        assertThat(users.as(TestUsers.OFFICER, () -> forms.verify(first.reference()))).satisfies(v -> {
            assertThat(v.matches()).isTrue();
            assertThat(v.projectCode()).isEqualTo(code);
            assertThat(v.printedBy()).as("by name").isEqualTo("นางสาวสมศรี ใจดี");
        });

        fixtures.addReport(code, YearMonth.of(2026, 10), 12);
        var verification = users.as(TestUsers.OFFICER, () -> forms.verify(first.reference()));
        assertThat(verification.matches()).isFalse();
        assertThat(verification.changedFields()).containsExactly("งบประมาณที่ใช้ไป", "รายงานครั้งที่ 13");
        assertThat(users.as(TestUsers.OFFICER, () -> forms.print(code)).reference())
                .isNotEqualTo(first.reference());
    }

    @Test
    void a_draft_with_blank_fields_prints_dashes_where_the_paper_form_would_be_empty() throws Exception {
        var valid = fixtures.projectFixtures.valid("โครงการร่างที่ยังกรอกไม่ครบ");
        var draft = new th.go.bangkok.tidtam.project.ProjectData("", valid.name(), 2569, valid.startDate(),
                valid.endDate(), valid.budget(), valid.agencyId(), valid.responsibleName(), null, null, null, null,
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), 0);
        var code = users.as(TestUsers.OFFICER, () -> filing.create(draft));
        var text = String.join("\n", FormFixtures.pages(users.as(TestUsers.OFFICER, () -> forms.print(code)).pdf()));
        assertThat(text).contains("ผู้ประสานงาน สยป. : –").contains("ยังไม่มีรายงานความก้าวหน้า")
                .contains("1.3 หลักการและเหตุผล\n–").doesNotContain("null");
    }

    @Test
    void the_form_as_of_a_closed_month_shows_what_was_filed_by_then() throws Exception {
        var code = fixtures.withTwelveReports();
        var march = users.as(TestUsers.OFFICER, () -> forms.print(code, YearMonth.of(2026, 3)));
        assertThat(march.fileName()).isEqualTo(code + "-2026-03.pdf");
        var text = String.join("\n", FormFixtures.pages(march.pdf()));
        assertThat(text).contains("ข้อมูล ณ สิ้นเดือนมีนาคม 2569")
                .contains("รายงานครั้งที่ 6  วันที่ 20 มีนาคม 2569").doesNotContain("รายงานครั้งที่ 7")
                .contains("งบประมาณที่ใช้ไป 16,200.00 บาท");
        var now = users.as(TestUsers.OFFICER, () -> forms.print(code));
        assertThat(march.reference()).isNotEqualTo(now.reference());
        assertThat(users.as(TestUsers.OFFICER, () -> forms.verify(march.reference())).matches())
                .as("a later report does not change what the end of March showed").isTrue();
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> forms.print(code, YearMonth.of(2099, 1))))
                .isInstanceOf(th.go.bangkok.tidtam.base.BusinessRuleException.class)
                .hasMessageContaining("form.asOf.notClosed");
    }
}
