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

    @Test
    void the_dementia_export_maps_to_the_rehabilitation_group_and_goal_3_2_1() throws Exception {
        var dementia = sample("10000000-3312");
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
