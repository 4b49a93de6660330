package th.go.bangkok.tidtam.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import th.go.bangkok.tidtam.Access;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.files.EvidenceFiles;
import th.go.bangkok.tidtam.base.files.EvidenceUpload;
import th.go.bangkok.tidtam.project.ProjectService;

/**
 * Every method of the change services (reading, the officer's, the head's) against the requesting officer, another
 * officer of the same unit, an officer of another agency, the head of the project's office, the head of another
 * office, a coordinator, an administrator and nobody. A denied call leaves the request and the project as they were.
 */
@IntegrationTest
class ChangeServiceAccessTest {

    static final List<String> USERS = List.of(TestUsers.ANONYMOUS, TestUsers.OFFICER, ChangeFixtures.OFFICER_SAME_UNIT,
            TestUsers.OFFICER_OTHER_OFFICE, TestUsers.HEAD, ChangeFixtures.HEAD_OTHER_OFFICE, TestUsers.COORDINATOR,
            TestUsers.ADMIN);

    @Autowired
    ChangeService changes;
    @Autowired
    ChangeDecisionService decisions;
    @Autowired
    ChangeFilingService filing;
    @Autowired
    ProjectService projects;
    @Autowired
    ChangeFixtures fixtures;
    @Autowired
    TestUsers users;

    static Stream<Arguments> matrix() {
        var readers = Set.of(TestUsers.OFFICER, ChangeFixtures.OFFICER_SAME_UNIT, TestUsers.HEAD, TestUsers.COORDINATOR,
                TestUsers.ADMIN);
        var heads = Set.of(TestUsers.HEAD, ChangeFixtures.HEAD_OTHER_OFFICE);
        var requester = Set.of(TestUsers.OFFICER, TestUsers.ADMIN);
        var allowed = Map.ofEntries(
                Map.entry("requests", readers),
                Map.entry("get", readers),
                Map.entry("evidenceFile", readers),
                Map.entry("pending", heads),
                Map.entry("countPending", heads),
                Map.entry("decided", heads),
                Map.entry("countDecided", heads),
                Map.entry("create", Set.of(TestUsers.OFFICER, ChangeFixtures.OFFICER_SAME_UNIT, TestUsers.ADMIN)),
                Map.entry("update", requester),
                Map.entry("saveDraft", requester),
                Map.entry("saveAndSubmit", requester),
                Map.entry("removeEvidence", requester),
                Map.entry("submit", requester),
                Map.entry("withdraw", requester),
                Map.entry("approve", Set.of(TestUsers.HEAD)),
                Map.entry("reject", Set.of(TestUsers.HEAD)),
                Map.entry("returnForRevision", Set.of(TestUsers.HEAD)));
        return allowed.entrySet().stream().sorted(Map.Entry.comparingByKey()).flatMap(e -> USERS.stream()
                .map(user -> Arguments.of(user, e.getKey(), e.getValue().contains(user))));
    }

    @BeforeEach
    void accounts() {
        fixtures.ensureAccounts();
    }

    @ParameterizedTest(name = "{0} → {1}: allowed={2}")
    @MethodSource("matrix")
    void each_role_is_allowed_or_denied_each_change_action(String user, String action, boolean allowed) {
        var code = fixtures.runningProject();
        boolean deciding = Set.of("approve", "reject", "returnForRevision", "withdraw").contains(action);
        long id = deciding ? fixtures.submitted(code, 12) : fixtures.draft(code, 12);
        var before = users.as(TestUsers.OFFICER, () -> changes.get(id));
        var baselineBefore = users.as(TestUsers.OFFICER, () -> projects.baseline(code));
        long fileId = before.evidence().getFirst().id();
        var edit = new ChangeRequestData(ChangeKind.TARGETS, "เหตุผลใหม่", null,
                ChangeFixtures.withCommunities(baselineBefore, 10), before.version());
        Runnable call = switch (action) {
            case "requests" -> () -> assertThat(changes.requests(code)).isNotEmpty();
            case "get" -> () -> assertThat(changes.get(id).projectCode()).isEqualTo(code);
            case "evidenceFile" -> () -> assertThat(changes.evidenceFile(id, fileId).content()).isEqualTo(EvidenceFiles.pdf());
            case "pending" -> () -> changes.pending(PageRequest.of(0, 10));
            case "countPending" -> () -> changes.countPending();
            case "decided" -> () -> changes.decided(ChangeFilter.none(), PageRequest.of(0, 10));
            case "countDecided" -> () -> changes.countDecided(ChangeFilter.none());
            case "create" -> () -> filing.create(code, edit, List.of());
            case "update" -> () -> filing.update(id, edit, List.of(new EvidenceUpload("เพิ่ม.png", EvidenceFiles.png())));
            case "saveDraft" -> () -> filing.saveDraft(id, code, edit, List.of());
            case "saveAndSubmit" -> () -> filing.saveAndSubmit(id, code, edit, List.of());
            case "removeEvidence" -> () -> filing.removeEvidence(id, fileId);
            case "submit" -> () -> filing.submit(id);
            case "withdraw" -> () -> filing.withdraw(id);
            case "approve" -> () -> decisions.approve(id, "กท 0303/" + (100 + Math.abs(code.hashCode() % 800)),
                    LocalDate.of(2025, 12, 1), before.version());
            case "reject" -> () -> decisions.reject(id, "ไม่จำเป็น", before.version());
            case "returnForRevision" -> () -> decisions.returnForRevision(id, "ระบุชุมชนที่ย้ายออก", before.version());
            default -> throw new IllegalArgumentException(action);
        };
        Access.check(users, user, allowed, () -> {
            try {
                call.run();
            } catch (NotFoundException e) {
                throw new AccessDeniedException("another office's request is not found", e);
            }
        });
        if (!allowed) {
            var after = users.as(TestUsers.OFFICER, () -> changes.get(id));
            assertThat(after.status()).isEqualTo(before.status());
            assertThat(after.reason()).isEqualTo(before.reason());
            assertThat(after.evidence()).hasSize(1);
            assertThat(users.as(TestUsers.OFFICER, () -> changes.requests(code))).hasSize(1);
            assertThat(users.as(TestUsers.OFFICER, () -> projects.baseline(code))).isEqualTo(baselineBefore);
        }
    }
}
