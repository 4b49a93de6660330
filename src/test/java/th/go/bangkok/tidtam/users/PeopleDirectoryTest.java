package th.go.bangkok.tidtam.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.StatementCounter;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.People;

/** Screens show people by name (issue #19): the usernames a page shows are looked up at once. */
@IntegrationTest
class PeopleDirectoryTest {

    @Autowired
    People people;
    @Autowired
    TestUsers users;
    @Autowired
    StatementCounter counter;

    @Test
    void known_usernames_get_their_names_in_one_query_and_the_system_and_unknown_names_are_left_as_they_are() {
        var asked = List.of("officer", "head", "officer", People.SYSTEM, "นำเข้าจากระบบเดิม", "someone-removed");
        var names = users.as(TestUsers.COORDINATOR, () -> people.names(asked));
        assertThat(names).containsOnly(java.util.Map.entry("officer", "นางสาวสมศรี ใจดี"),
                java.util.Map.entry("head", "นายประเสริฐ มั่นคง"));
        assertThat(users.as(TestUsers.COORDINATOR, () -> counter.prepared(() -> people.names(asked)))).isEqualTo(1);
        assertThat(users.as(TestUsers.COORDINATOR, () -> counter.prepared(() -> people.names(List.of(People.SYSTEM)))))
                .as("nothing to look up, no query").isZero();
    }

    @Test
    void nobody_signed_in_learns_no_names() {
        assertThatThrownBy(() -> people.names(List.of("officer")))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
