package th.go.bangkok.tidtam.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import th.go.bangkok.tidtam.Access;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.audit.AuditFilter;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.project.ProjectService;

/**
 * The importer finds a file's agency by short or official names, and by the mappings administrators remembered for
 * names our tree does not know; only administrators remember, list and forget those.
 */
@IntegrationTest
class LegacyAgencyMatchingTest {

    private static final String INNOVATION =
            "สำนักงาน ก.ก. / กองพัฒนาระบบราชการกรุงเทพมหานคร / กลุ่มงานพัฒนาระบบงานและนวัตกรรมบริการ";
    private static final String REHABILITATION = "สำนักการแพทย์ / โรงพยาบาลผู้สูงอายุบางขุนเทียน / กลุ่มงานเวชกรรมฟื้นฟู";
    private static final List<String> AGENCY_FINDINGS = List.of("agencyUnknown", "agencyMapped", "agencyRemembered",
            "agencyAdded");

    @Autowired
    LegacyImports imports;
    @Autowired
    LegacyAgencyMappings mappings;
    @Autowired
    LegacyAgencyMappingRepository repository;
    @Autowired
    AgencyService agencies;
    @Autowired
    ProjectService projects;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers users;

    @Test
    void the_third_samples_office_printed_with_its_official_name_is_matched_to_the_short_one_without_a_mapping()
            throws Exception {
        var bytes = LegacyParserTest.sample("03000000-1875");
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))
                .contains("สำนักงานคณะกรรมการข้าราชการกรุงเทพมหานคร / กองพัฒนาระบบราชการกรุงเทพมหานคร");
        for (var user : List.of(TestUsers.COORDINATOR, TestUsers.OFFICER)) {
            var preview = users.as(user, () -> imports.preview("legacy-report-03000000-1875.txt", bytes));
            assertThat(preview.agencyId()).as(user).isEqualTo(agencyAt(INNOVATION));
            assertThat(preview.agencyPath()).isEqualTo(INNOVATION);
            assertThat(preview.findings()).extracting(Finding::key).as("no mapping, and the code is the office's")
                    .doesNotContainAnyElementsOf(AGENCY_FINDINGS).doesNotContain("codePrefix");
        }
    }

    @Test
    void a_mapping_an_administrator_remembered_is_used_by_later_previews_until_it_is_forgotten() throws Exception {
        var file = LegacyFixtures.copy(LegacyFixtures.DEMENTIA);
        var unknownGroup = "กลุ่มงานฟื้นฟูเดิม " + file.code();
        var renamed = file.replace("กลุ่มงานเวชกรรมฟื้นฟู", unknownGroup);
        var path = "สำนักการแพทย์ / โรงพยาบาลผู้สูงอายุบางขุนเทียน / " + unknownGroup;
        assertThat(users.as(TestUsers.COORDINATOR, () -> imports.preview("a.txt", renamed.bytes())).findings())
                .extracting(Finding::key).contains("agencyUnknown");

        long group = agencyAt(REHABILITATION);
        long id = users.as(TestUsers.ADMIN, () -> mappings.remember(List.of("สำนักการแพทย์",
                "โรงพยาบาลผู้สูงอายุบางขุนเทียน", unknownGroup), group));
        assertThat(users.as(TestUsers.ADMIN, () -> mappings.list())).filteredOn(m -> m.id() == id).singleElement()
                .satisfies(m -> {
                    assertThat(m.sourcePath()).isEqualTo(path);
                    assertThat(m.agencyPath()).isEqualTo(REHABILITATION);
                    assertThat(m.createdBy()).isEqualTo(TestUsers.ADMIN);
                });

        // a later upload, by someone else, printing the name with other spacing
        var spaced = renamed.replace(unknownGroup, "  " + unknownGroup.replace(" ", "   ") + " ");
        var later = users.as(TestUsers.COORDINATOR, () -> imports.preview("b.txt", spaced.bytes()));
        assertThat(later.agencyId()).isEqualTo(group);
        assertThat(later.agencyPath()).isEqualTo(REHABILITATION);
        assertThat(later.findings()).extracting(Finding::key).contains("agencyRemembered")
                .doesNotContain("agencyUnknown");
        assertThat(later.findings()).filteredOn(f -> f.key().equals("agencyRemembered")).singleElement()
                .satisfies(f -> assertThat(f.text(ThaiDates.THAI)).contains(REHABILITATION)
                        .contains("ผู้ดูแลระบบจดจำไว้"));
        var stored = users.as(TestUsers.COORDINATOR, () -> imports.store("b.txt", spaced.bytes(), ImportChoices.NONE));
        assertThat(stored.result()).isEqualTo(ImportOutcome.Result.IMPORTED);
        assertThat(users.as(TestUsers.ADMIN, () -> projects.get(file.code())).agencyPath()).isEqualTo(REHABILITATION);

        users.as(TestUsers.ADMIN, () -> mappings.forget(id));
        assertThat(users.as(TestUsers.ADMIN, () -> mappings.list())).noneMatch(m -> m.id() == id);
        var forgotten = users.as(TestUsers.COORDINATOR, () -> imports.preview("c.txt", renamed.bytes()));
        assertThat(forgotten.findings()).extracting(Finding::key).contains("agencyUnknown")
                .doesNotContain("agencyRemembered");
        assertThat(users.as(TestUsers.ADMIN, () -> projects.get(file.code())).agencyPath())
                .as("what was imported stays").isEqualTo(REHABILITATION);

        var trail = users.as(TestUsers.ADMIN, () -> audit.find(AuditFilter.forEntity("LegacyAgencyMapping",
                String.valueOf(id)), PageRequest.of(0, 10)));
        assertThat(trail).extracting(e -> e.getAction()).containsExactlyInAnyOrder(AuditAction.CREATE,
                AuditAction.DELETE);
        assertThat(trail).allSatisfy(e -> assertThat(e.getActor()).isEqualTo(TestUsers.ADMIN))
                .allSatisfy(e -> assertThat(e.getChanges()).contains(path).contains(String.valueOf(group)));
    }

    @Test
    void remembering_a_path_again_points_it_at_the_new_agency_and_an_agency_in_use_is_not_deleted() throws Exception {
        var path = List.of("สำนักงานที่ไม่มี " + LegacyFixtures.copy(LegacyFixtures.DEMENTIA).code());
        long first = agencyAt(REHABILITATION);
        long second = agencyAt(INNOVATION);
        long id = users.as(TestUsers.ADMIN, () -> mappings.remember(path, first));
        assertThat(users.as(TestUsers.ADMIN, () -> mappings.remember(path, second))).isEqualTo(id);
        assertThat(repository.findById(id).orElseThrow().getAgencyId()).isEqualTo(second);
        var trail = users.as(TestUsers.ADMIN, () -> audit.find(AuditFilter.forEntity("LegacyAgencyMapping",
                String.valueOf(id)), PageRequest.of(0, 10)));
        assertThat(trail).filteredOn(e -> e.getAction() == AuditAction.UPDATE).singleElement()
                .satisfies(e -> assertThat(e.getChanges()).isEqualTo("agencyId: " + first + " → " + second));

        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> mappings.remember(path, -1L)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("legacy.agencyChoice"));
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> mappings.remember(List.of(" "), second)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("legacy.mapping.path"));

        long office = users.as(TestUsers.ADMIN, () -> agencies.createOffice(new th.go.bangkok.tidtam.agency.AgencyData(
                "9" + String.format("%07d", id % 10_000_000), "สำนักชั่วคราว " + id, null, 0)));
        users.as(TestUsers.ADMIN, () -> mappings.remember(path, office));
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> agencies.delete(office)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("legacy.mapping.agencyInUse"));
        users.as(TestUsers.ADMIN, () -> mappings.forget(id));
        users.as(TestUsers.ADMIN, () -> agencies.delete(office));
    }

    static Stream<Arguments> matrix() {
        return Access.matrix(Map.of(
                "remember", Access.ADMIN_ONLY,
                "forget", Access.ADMIN_ONLY,
                "list", Access.ADMIN_ONLY));
    }

    @ParameterizedTest(name = "{0} → {1}: allowed={2}")
    @MethodSource("matrix")
    void only_administrators_remember_list_and_forget_agency_mappings(String user, String action, boolean allowed)
            throws Exception {
        long group = agencyAt(REHABILITATION);
        var path = List.of("สำนักงานที่จับคู่ " + LegacyFixtures.copy(LegacyFixtures.DEMENTIA).code());
        long id = users.as(TestUsers.ADMIN, () -> mappings.remember(path, group));
        long before = repository.count();
        Runnable call = switch (action) {
            case "remember" -> () -> mappings.remember(List.of("สำนักงานใหม่ " + id), group);
            case "forget" -> () -> mappings.forget(id);
            case "list" -> () -> assertThat(mappings.list()).isNotEmpty();
            default -> throw new IllegalArgumentException(action);
        };
        Access.check(users, user, allowed, call);
        if (!allowed) {
            assertThat(repository.count()).as("a denied call writes nothing").isEqualTo(before);
            assertThat(repository.findById(id)).isPresent();
        }
    }

    private long agencyAt(String path) {
        return users.as(TestUsers.ADMIN, () -> {
            var all = agencies.all();
            var paths = AgencyNode.paths(all);
            return all.stream().filter(a -> path.equals(paths.get(a.id()))).findFirst().orElseThrow().id();
        });
    }
}
