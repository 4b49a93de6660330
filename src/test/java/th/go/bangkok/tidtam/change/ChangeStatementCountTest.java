package th.go.bangkok.tidtam.change;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;

/** No N+1: a page of /approvals and a project's requests cost the same statements for few requests or many. */
@IntegrationTest
class ChangeStatementCountTest {

    @Autowired
    th.go.bangkok.tidtam.StatementCounter counter;

    @Autowired
    ChangeService changes;
    @Autowired
    ChangeFixtures fixtures;
    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_page_of_pending_requests_costs_the_same_statements_however_many_it_holds() {
        var code = fixtures.runningProject();
        fixtures.submitted(code, 12);
        users.signIn(TestUsers.HEAD);
        long few = counter.prepared(() -> changes.pending(PageRequest.of(0, 50)).size());
        SecurityContextHolder.clearContext();
        for (int i = 0; i < 4; i++) {
            fixtures.submitted(fixtures.runningProject(), 11 - i);
        }
        fixtures.submitted(code, 10);
        users.signIn(TestUsers.HEAD);
        long many = counter.prepared(() -> changes.pending(PageRequest.of(0, 50)).size());
        assertThat(many).isEqualTo(few);
        assertThat(few).as("requests, their projects, their files, the names of who asked").isLessThanOrEqualTo(4);
        long tab = counter.prepared(() -> changes.requests(code).size());
        assertThat(tab).isLessThanOrEqualTo(7);
    }
}
