package th.go.bangkok.tidtam.progress;

import th.go.bangkok.tidtam.base.files.EvidenceFiles;
import th.go.bangkok.tidtam.base.files.EvidenceUpload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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

/** Evidence files: recognised by their content, at most 10 MB, stored in the database, all or nothing. */
@IntegrationTest
class ProgressEvidenceTest {

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
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    String activeProjectInMarch() {
        clock.set(OffsetDateTime.parse("2026-03-20T10:00:00+07:00").toInstant());
        var code = fixtures.create("โครงการหลักฐาน " + UUID.randomUUID());
        users.as(TestUsers.OFFICER, () -> projectFiling.submit(code));
        return code;
    }

    long storedFiles() {
        return jdbc.queryForObject("select count(*) from report_evidence", Long.class);
    }

    void saveWith(String code, long version, EvidenceUpload... files) {
        users.as(TestUsers.OFFICER, () -> filing.save(code, MARCH,
                ProgressRulesTest.report(LocalDate.of(2026, 3, 18), "10.00", null, version), List.of(files)));
    }

    @Test
    void pdf_jpeg_and_png_are_stored_with_the_report_and_come_back_byte_for_byte() {
        var code = activeProjectInMarch();
        saveWith(code, 0, new EvidenceUpload("หนังสือเชิญประชุม.pdf", EvidenceFiles.pdf()),
                new EvidenceUpload("C:\\Users\\officer\\ภาพกิจกรรม.JPG", EvidenceFiles.jpeg()),
                new EvidenceUpload("แผนผัง.png", EvidenceFiles.png()));
        var report = users.as(TestUsers.HEAD, () -> progress.reports(code)).getFirst();
        assertThat(report.evidence()).extracting(EvidenceInfo::fileName)
                .containsExactly("หนังสือเชิญประชุม.pdf", "ภาพกิจกรรม.JPG", "แผนผัง.png");
        assertThat(report.evidence()).extracting(EvidenceInfo::mediaType)
                .containsExactly("application/pdf", "image/jpeg", "image/png");
        assertThat(report.evidence().getFirst().sha256()).hasSize(64);
        var file = users.as(TestUsers.COORDINATOR, () -> progress.evidenceFile(code, report.evidence().get(2).id()));
        assertThat(file.content()).isEqualTo(EvidenceFiles.png());
        assertThat(file.mediaType()).isEqualTo("image/png");
    }

    @Test
    void a_program_renamed_to_pdf_is_refused_and_nothing_is_stored() {
        var code = activeProjectInMarch();
        long before = storedFiles();
        assertThatThrownBy(() -> saveWith(code, 0, new EvidenceUpload("รายงาน.pdf", EvidenceFiles.pdf()),
                new EvidenceUpload("ใบเสร็จ.pdf", EvidenceFiles.exe())))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("evidence.file.type");
                    assertThat(e.arguments()).containsExactly("ใบเสร็จ.pdf");
                });
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(users.as(TestUsers.OFFICER, () -> progress.reports(code))).as("not even the report").isEmpty();
    }

    @Test
    void an_eleven_megabyte_file_is_refused_and_nothing_is_stored_while_ten_megabytes_pass() {
        var code = activeProjectInMarch();
        saveWith(code, 0);
        long before = storedFiles();
        var draft = users.as(TestUsers.OFFICER, () -> progress.reports(code)).getFirst();
        assertThatThrownBy(() -> saveWith(code, draft.version(), new EvidenceUpload("สแกน.pdf", EvidenceFiles.pdfOf(11))))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("evidence.file.tooLarge");
                    assertThat(e.arguments()).containsExactly("สแกน.pdf", 10);
                });
        assertThat(storedFiles()).isEqualTo(before);
        assertThat(users.as(TestUsers.OFFICER, () -> progress.reports(code)).getFirst().version())
                .as("the draft was not touched either").isEqualTo(draft.version());

        saveWith(code, draft.version(), new EvidenceUpload("สแกน.pdf", EvidenceFiles.pdfOf(10)));
        assertThat(users.as(TestUsers.OFFICER, () -> progress.reports(code)).getFirst().evidence())
                .singleElement().satisfies(f -> assertThat(f.sizeBytes()).isEqualTo(10 * 1024 * 1024));
    }

    @Test
    void a_report_holds_at_most_ten_files_and_a_removed_file_is_gone_and_audited() {
        var code = activeProjectInMarch();
        var eleven = new ArrayList<EvidenceUpload>();
        for (int i = 0; i < 11; i++) {
            eleven.add(new EvidenceUpload("ภาพที่ " + i + ".png", EvidenceFiles.png()));
        }
        assertThatThrownBy(() -> saveWith(code, 0, eleven.toArray(EvidenceUpload[]::new)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("evidence.file.tooMany"));
        saveWith(code, 0, new EvidenceUpload("ผิดไฟล์.png", EvidenceFiles.png()));
        var file = users.as(TestUsers.OFFICER, () -> progress.reports(code)).getFirst().evidence().getFirst();
        users.as(TestUsers.OFFICER, () -> filing.removeEvidence(code, MARCH, file.id()));
        assertThat(users.as(TestUsers.OFFICER, () -> progress.reports(code)).getFirst().evidence()).isEmpty();
        var history = users.as(TestUsers.HEAD, () -> projects.history(code));
        assertThat(history).anySatisfy(e -> {
            assertThat(e.getAction().name()).isEqualTo("ATTACH");
            assertThat(e.getSummary()).contains("ผิดไฟล์.png");
        });
        assertThat(history).anySatisfy(e -> {
            assertThat(e.getAction().name()).isEqualTo("DETACH");
            assertThat(e.getSummary()).contains("ผิดไฟล์.png").contains(file.sha256());
        });
    }

    @Test
    void files_of_a_submitted_report_cannot_be_removed_until_it_is_returned() {
        var code = activeProjectInMarch();
        saveWith(code, 0, new EvidenceUpload("หลักฐาน.pdf", EvidenceFiles.pdf()));
        users.as(TestUsers.OFFICER, () -> filing.submit(code, MARCH));
        var file = users.as(TestUsers.OFFICER, () -> progress.reports(code)).getFirst().evidence().getFirst();
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> filing.removeEvidence(code, MARCH, file.id())))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("report.alreadySubmitted"));
        users.as(TestUsers.COORDINATOR, () -> review.returnForRevision(code, MARCH, "ไฟล์ไม่ชัด"));
        users.as(TestUsers.OFFICER, () -> filing.removeEvidence(code, MARCH, file.id()));
        assertThat(users.as(TestUsers.OFFICER, () -> progress.reports(code)).getFirst().evidence()).isEmpty();
    }
}
