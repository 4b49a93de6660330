package th.go.bangkok.tidtam.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.strategy.PlanService;

/**
 * The preview of an import against the demo trees: the agency found by its name path, the plan goal by its code,
 * what is unknown said, and who may import which file.
 */
@IntegrationTest
class LegacyImportsTest {

    @Autowired
    LegacyImports imports;
    @Autowired
    AgencyService agencies;
    @Autowired
    PlanService plan;
    @Autowired
    TestUsers users;
    @Autowired
    th.go.bangkok.tidtam.project.ProjectService projects;
    @Autowired
    th.go.bangkok.tidtam.progress.ProgressService progress;
    @Autowired
    th.go.bangkok.tidtam.report.FormService forms;

    @Test
    void the_dementia_export_maps_to_the_rehabilitation_group_and_goal_3_2_1() throws Exception {
        // a code of its own, so the preview is of a new project whatever else the suite imported
        var dementia = new String(sample("10000000-3312"), StandardCharsets.UTF_8).replace("10000000-3312",
                "10000000-" + java.util.concurrent.ThreadLocalRandom.current().nextInt(5000, 9999))
                .getBytes(StandardCharsets.UTF_8);
        var preview = users.as(TestUsers.COORDINATOR, () -> imports.preview("legacy-report-10000000-3312.txt",
                dementia));
        assertThat(preview.hasErrors()).isFalse();
        assertThat(preview.status()).isEqualTo(ImportPreview.Status.NEW);
        assertThat(preview.checksum()).hasSize(64);
        assertThat(preview.agencyId()).isEqualTo(agencyAt("สำนักการแพทย์ / โรงพยาบาลผู้สูงอายุบางขุนเทียน / กลุ่มงานเวชกรรมฟื้นฟู"));
        var goal = users.as(TestUsers.COORDINATOR, () -> plan.all()).stream()
                .filter(n -> n.code().equals("3.2.1")).findFirst().orElseThrow();
        assertThat(preview.planNodeIds()).containsExactly(goal.id());
        assertThat(preview.findings()).extracting(Finding::line, Finding::key)
                .contains(tuple(29, "noPhone"), tuple(0, "planUnknown"))
                .doesNotContain(tuple(0, "codePrefix"));
    }

    @Test
    void an_unknown_agency_is_an_error_and_a_foreign_code_prefix_a_warning() throws Exception {
        var moved = new String(sample("10000000-3312"), StandardCharsets.UTF_8)
                .replace("กลุ่มงานเวชกรรมฟื้นฟู", "กลุ่มงานที่ไม่มีอยู่");
        var unknown = users.as(TestUsers.ADMIN, () -> imports.preview("x.txt", moved.getBytes(StandardCharsets.UTF_8)));
        assertThat(unknown.hasErrors()).isTrue();
        assertThat(unknown.findings()).extracting(Finding::key).contains("agencyUnknown");
        var foreign = new String(sample("10000000-3312"), StandardCharsets.UTF_8).replace("10000000-3312", "50200000-3312");
        var prefix = users.as(TestUsers.ADMIN, () -> imports.preview("y.txt", foreign.getBytes(StandardCharsets.UTF_8)));
        assertThat(prefix.findings()).extracting(Finding::key).contains("codePrefix");
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> imports.preview("big.txt",
                new byte[LegacyImports.MAX_FILE_BYTES + 1]))).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("legacy.tooLarge");
    }

    @Test
    void an_officer_previews_only_files_of_their_own_unit_and_heads_and_nobody_not_at_all() throws Exception {
        var bangkokNoi = sample("50200000-0157");
        var preview = users.as(TestUsers.OFFICER_OTHER_OFFICE, () -> imports.preview("a.txt", bangkokNoi));
        assertThat(preview.agencyId()).isEqualTo(agencyAt(
                "สำนักงานเขตบางกอกน้อย / ฝ่ายรักษาความสะอาดและสวนสาธารณะ / งานรักษาความสะอาด"));
        assertThatThrownBy(() -> users.as(TestUsers.OFFICER, () -> imports.preview("a.txt", bangkokNoi)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as(TestUsers.HEAD, () -> imports.preview("a.txt", bangkokNoi)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.preview("a.txt", bangkokNoi))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void storing_the_exports_makes_the_projects_with_their_reports_once_and_they_print_as_the_originals() throws Exception {
        var dementia = sample("10000000-3312");
        var outcome = users.as(TestUsers.ADMIN, () -> imports.store("legacy-report-10000000-3312.txt", dementia));
        assertThat(outcome.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        var project = users.as(TestUsers.ADMIN, () -> projects.get("10000000-3312"));
        assertThat(project.name()).isEqualTo("โครงการตรวจคัดกรองภาวะสมองเสื่อมในผู้สูงอายุเชิงรุก");
        assertThat(project.status()).isEqualTo(th.go.bangkok.tidtam.project.ProjectStatus.ACTIVE);
        assertThat(project.budget()).isEqualByComparingTo("1250000.00");
        assertThat(project.budgetUsed()).isEqualByComparingTo("0.00");
        assertThat(project.coordinatorName()).isEqualTo("นายปิยะพงษ์ รุ่งเรืองศรี");
        assertThat(project.coordinatorPhone()).isNull();
        var reports = users.as(TestUsers.ADMIN, () -> progress.reports("10000000-3312"));
        assertThat(reports).hasSize(3);
        assertThat(users.as(TestUsers.ADMIN, () -> projects.history("10000000-3312")))
                .anyMatch(e -> e.getAction() == th.go.bangkok.tidtam.audit.AuditAction.IMPORT
                        && e.getSummary().contains("legacy-report-10000000-3312.txt"));

        var again = users.as(TestUsers.ADMIN, () -> imports.store("copy.txt", dementia));
        assertThat(again.result()).as("the same file again changes nothing").isEqualTo(ImportOutcome.Result.UNCHANGED);
        assertThat(users.as(TestUsers.ADMIN, () -> progress.reports("10000000-3312"))).hasSize(3);
        var newer = new String(dementia, StandardCharsets.UTF_8).replace("ยังไม่แล้วเสร็จ", "ยังไม่เสร็จ")
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> imports.store("newer.txt", newer)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("legacy.exists");

        var text = String.join("\n", th.go.bangkok.tidtam.report.FormFixtures.pages(
                users.as(TestUsers.ADMIN, () -> forms.print("10000000-3312")).pdf()));
        assertThat(text).contains("ชื่อโครงการ/กิจกรรม : โครงการตรวจคัดกรองภาวะสมองเสื่อมในผู้สูงอายุเชิงรุก")
                .contains("รหัสโครงการ : 10000000-3312    ปีงบประมาณ พ.ศ. 2566")
                .contains("งบประมาณที่ได้รับ : 1,250,000.00 บาท    งบประมาณที่ใช้ไป 0.00 บาท")
                .contains("รายงานครั้งที่ 3  วันที่ 19 ธันวาคม 2565")
                .contains("ความก้าวหน้าของงานฯ = 5.00 %")
                .contains("ล่าช้ากว่าแผน / ไม่เป็นไปตามเป้าหมาย");
    }

    @Test
    void only_administrators_store_so_far_and_a_file_with_errors_stores_nothing() throws Exception {
        var bangkokNoi = sample("50200000-0157");
        for (var user : new String[] {TestUsers.OFFICER, TestUsers.OFFICER_OTHER_OFFICE, TestUsers.HEAD,
                TestUsers.COORDINATOR}) {
            assertThatThrownBy(() -> users.as(user, () -> imports.store("a.txt", bangkokNoi)))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> imports.store("a.txt", bangkokNoi))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        var outcome = users.as(TestUsers.ADMIN, () -> imports.store("a.txt", bangkokNoi));
        assertThat(outcome.warnings()).extracting(Finding::key).contains("staysDraft", "noProgress");
        var project = users.as(TestUsers.OFFICER_OTHER_OFFICE, () -> projects.get("50200000-0157"));
        assertThat(project.budgetUsed()).as("derived from the ten reports").isEqualByComparingTo("287450.00");
        assertThat(users.as(TestUsers.OFFICER_OTHER_OFFICE, () -> progress.reports("50200000-0157"))).hasSize(10);

        var broken = new String(sample("10000000-3312"), StandardCharsets.UTF_8).replace("10000000-3312", "10000000-9999")
                .replace("19/12/2565", "31/02/2565").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> imports.store("broken.txt", broken)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("legacy.hasErrors");
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> projects.get("10000000-9999")))
                .as("nothing stored").isInstanceOf(th.go.bangkok.tidtam.base.NotFoundException.class);
    }

    private long agencyAt(String path) {
        return users.as(TestUsers.ADMIN, () -> {
            var all = agencies.all();
            var paths = AgencyNode.paths(all);
            return all.stream().filter(a -> path.equals(paths.get(a.id()))).findFirst().orElseThrow().id();
        });
    }

    private static byte[] sample(String code) throws Exception {
        return LegacyParserTest.sample(code);
    }
}
