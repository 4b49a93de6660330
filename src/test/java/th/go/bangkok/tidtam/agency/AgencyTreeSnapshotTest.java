package th.go.bangkok.tidtam.agency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.StatementCounter;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.strategy.PlanService;

/**
 * The agency tree and the plan are one shared snapshot for every session (issue #17): the same list for every
 * reader, no statement to read it again, and an administrator's change seen by the next reader; a refused change
 * leaves it as it was.
 */
@IntegrationTest
class AgencyTreeSnapshotTest {

    @Autowired
    AgencyService agencies;
    @Autowired
    PlanService plan;
    @Autowired
    TestUsers users;
    @Autowired
    StatementCounter counter;

    @Test
    void every_session_shares_one_tree_and_reading_it_again_costs_no_statement() {
        var officers = users.as(TestUsers.OFFICER, () -> agencies.all());
        var coordinators = users.as(TestUsers.COORDINATOR, () -> agencies.all());
        assertThat(coordinators).isSameAs(officers);
        assertThat(users.as(TestUsers.HEAD, () -> plan.all())).isSameAs(users.as(TestUsers.OFFICER, () -> plan.all()));
        users.signIn(TestUsers.COORDINATOR);
        try {
            assertThat(counter.prepared(() -> agencies.all())).as("Hibernate's statements").isZero();
            assertThat(counter.selects(() -> plan.all())).as("the server's selects").isZero();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    @Test
    void an_administrators_change_is_in_the_next_readers_tree_and_a_refused_one_is_not() {
        var before = users.as(TestUsers.OFFICER, () -> agencies.all());
        var name = "สำนักทดสอบสแนปช็อต " + UUID.randomUUID().toString().substring(0, 8);
        long id = users.as(TestUsers.ADMIN, () -> agencies.createOffice(new AgencyData(
                AgencyServiceAccessTest.freeCode(), name, null, 0)));
        var pathsBefore = AgencyNode.paths(before);
        assertThat(AgencyNode.paths(before)).as("the shared tree's paths are made once").isSameAs(pathsBefore);
        var after = users.as(TestUsers.OFFICER, () -> agencies.all());
        assertThat(after).isNotSameAs(before).extracting(AgencyNode::nameTh).contains(name);
        assertThat(AgencyNode.paths(after)).as("and again for the changed tree").isNotSameAs(pathsBefore)
                .containsEntry(id, name);

        // a code already taken: refused, nothing changed, the tree read again is the same as before
        var code = after.stream().filter(a -> a.id() == id).findFirst().orElseThrow().code();
        assertThatThrownBy(() -> users.as(TestUsers.ADMIN, () -> agencies.createOffice(new AgencyData(code,
                name + " ซ้ำ", null, 0))));
        assertThat(users.as(TestUsers.OFFICER, () -> agencies.all())).extracting(AgencyNode::nameTh)
                .doesNotContain(name + " ซ้ำ").contains(name);
    }
}
