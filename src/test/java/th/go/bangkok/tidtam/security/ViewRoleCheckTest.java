package th.go.bangkok.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;

/**
 * The views' access check reads the signed-in user's roles from their authorities (issue #17: Vaadin's own searched
 * the class path on every navigation); RouteAccessTest proves every view's denials through it.
 */
@IntegrationTest
class ViewRoleCheckTest {

    @Autowired
    NavigationAccessControl accessControl;
    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_views_are_checked_by_the_users_own_roles_with_or_without_the_prefix() {
        assertThat(accessControl).isInstanceOf(th.go.bangkok.tidtam.security.ui.AuthoritiesAccessControl.class);
        var check = (th.go.bangkok.tidtam.security.ui.AuthoritiesAccessControl) accessControl;
        users.signIn(TestUsers.OFFICER);
        var officer = check.getRolesChecker(null);
        assertThat(officer.test("OFFICER")).isTrue();
        assertThat(officer.test("ROLE_OFFICER")).isTrue();
        assertThat(officer.test("ADMIN")).isFalse();
        assertThat(officer.test("HEAD")).isFalse();
        assertThat(officer.test(null)).isFalse();
        users.signIn(TestUsers.HEAD);
        var head = check.getRolesChecker(null);
        assertThat(head.test("HEAD")).isTrue();
        assertThat(head.test("OFFICER")).as("a head is not an officer").isFalse();
    }
}
