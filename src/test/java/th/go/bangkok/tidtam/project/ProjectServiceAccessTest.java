package th.go.bangkok.tidtam.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
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
import th.go.bangkok.tidtam.base.NotFoundException;

/**
 * Every method of the project services (reading and filing) against every role, anonymous, and the officer of
 * another office, on a draft of the demo officer's unit (สำนักงาน ก.ก.).
 */
@IntegrationTest
class ProjectServiceAccessTest {

    static final Set<String> READERS = Set.of(TestUsers.OFFICER, TestUsers.HEAD, TestUsers.COORDINATOR, TestUsers.ADMIN);
    static final Set<String> EDITORS = Set.of(TestUsers.OFFICER, TestUsers.ADMIN);

    @Autowired
    ProjectService projects;
    @Autowired
    ProjectFilingService filing;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    TestUsers testUsers;

    static Stream<Arguments> matrix() {
        return Access.matrix(Map.ofEntries(
                Map.entry("find", Access.SIGNED_IN),
                Map.entry("count", Access.SIGNED_IN),
                Map.entry("forEach", Access.SIGNED_IN),
                Map.entry("get", READERS),
                Map.entry("history", READERS),
                Map.entry("ref", READERS),
                Map.entry("proposeCode", EDITORS),
                Map.entry("registrableAgencies", EDITORS),
                Map.entry("create", EDITORS),
                Map.entry("update", EDITORS),
                Map.entry("submit", EDITORS),
                Map.entry("close", EDITORS),
                Map.entry("delete", EDITORS)));
    }

    @ParameterizedTest(name = "{0} → {1}: allowed={2}")
    @MethodSource("matrix")
    void each_role_is_allowed_or_denied_each_project_action(String user, String action, boolean allowed) {
        var code = fixtures.create("โครงการทดสอบสิทธิ์ " + UUID.randomUUID());
        if (action.equals("close")) {
            testUsers.as(TestUsers.OFFICER, () -> filing.submit(code));
        }
        var data = testUsers.as(TestUsers.OFFICER, () -> projects.get(code).data());
        Runnable call = switch (action) {
            case "find" -> () -> projects.find(ProjectFilter.none(), PageRequest.of(0, 10));
            case "count" -> () -> projects.count(ProjectFilter.none());
            case "forEach" -> () -> projects.forEach(ProjectFilter.none(), p -> { });
            case "get" -> () -> assertThat(projects.get(code).code()).isEqualTo(code);
            case "history" -> () -> assertThat(projects.history(code)).isNotEmpty();
            case "ref" -> () -> assertThat(projects.ref(code).code()).isEqualTo(code);
            // offered the project's unit: another office's officer is offered their own units, not this one
            case "registrableAgencies" -> () -> {
                if (filing.registrableAgencies().stream().noneMatch(a -> a.id() == fixtures.officerUnit())) {
                    throw new org.springframework.security.access.AccessDeniedException("not offered");
                }
            };
            case "proposeCode" -> () -> assertThat(filing.proposeCode(fixtures.officerUnit())).startsWith("03000000-");
            case "create" -> () -> filing.create(fixtures.valid("โครงการใหม่ " + UUID.randomUUID()));
            case "update" -> () -> filing.update(code, withRationale(data, "แก้ไขแล้ว"));
            case "submit" -> () -> filing.submit(code);
            case "close" -> () -> filing.close(code);
            case "delete" -> () -> filing.delete(code);
            default -> throw new IllegalArgumentException(action);
        };
        Access.check(testUsers, user, allowed, () -> {
            try {
                call.run();
            } catch (NotFoundException e) {
                // another office's project: "not found", which is how a denial looks from outside
                throw new org.springframework.security.access.AccessDeniedException("not found", e);
            } catch (th.go.bangkok.tidtam.base.BusinessRuleException e) {
                if ("project.agency.notYours".equals(e.messageKey())) {
                    throw new org.springframework.security.access.AccessDeniedException("not their unit", e);
                }
                throw e;
            }
        });
        if (!allowed) {
            var after = testUsers.as(TestUsers.OFFICER, () -> projects.get(code));
            assertThat(after.status()).isEqualTo(action.equals("close") ? ProjectStatus.ACTIVE : ProjectStatus.DRAFT);
            assertThat(after.rationale()).isNotEqualTo("แก้ไขแล้ว");
        }
    }

    @Test
    void the_officer_of_another_office_finds_nothing_at_the_projects_address() {
        var code = fixtures.create("โครงการของ ก.ก. " + UUID.randomUUID());
        assertThatThrownBy(() -> testUsers.as(TestUsers.OFFICER_OTHER_OFFICE, () -> projects.get(code)))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.notFoundOrNotPermitted"));
        long seen = testUsers.as(TestUsers.OFFICER_OTHER_OFFICE, () -> projects.count(
                new ProjectFilter(null, null, null, null, null, code)));
        assertThat(seen).isZero();
        long headSees = testUsers.as(TestUsers.HEAD, () -> projects.count(
                new ProjectFilter(null, null, null, null, null, code)));
        assertThat(headSees).isEqualTo(1);
    }

    static ProjectData withRationale(ProjectData d, String rationale) {
        return new ProjectData(d.code(), d.name(), d.fiscalYear(), d.startDate(), d.endDate(), d.budget(), d.agencyId(),
                d.responsibleName(), d.responsiblePhone(), d.coordinatorName(), d.coordinatorPhone(), rationale,
                d.objectives(), d.qualityTargets(), d.quantityTargets(), d.planNodeIds(), d.version());
    }
}
