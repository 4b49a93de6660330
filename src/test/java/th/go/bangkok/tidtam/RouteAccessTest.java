package th.go.bangkok.tidtam;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Each role × each route, without a browser: the view opens, or an anonymous user lands on the login page,
 * or a signed-in user sees "not found or not permitted".
 */
@IntegrationTest
@ViewPackages(packages = "th.go.bangkok.tidtam")
class RouteAccessTest extends SpringBrowserlessTest {

    /** Route → the view class that opens there, and who may open it. */
    static final Map<String, String> VIEWS = Map.of(
            "", "HomeView",
            "projects", "ProjectListView",
            "projects/new", "NewProjectView",
            "admin/plan", "PlanAdminView",
            "reports/due", "DueReportsView",
            "approvals", "ApprovalsView",
            "admin/users", "UserAdminView",
            "admin/agencies", "AgencyAdminView",
            "admin/audit", "AuditView");
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "", Access.SIGNED_IN,
            "projects", Access.SIGNED_IN,
            "projects/new", Set.of(TestUsers.OFFICER, TestUsers.OFFICER_OTHER_OFFICE, TestUsers.ADMIN),
            "admin/plan", Access.ADMIN_ONLY,
            "reports/due", Set.of(TestUsers.OFFICER, TestUsers.OFFICER_OTHER_OFFICE),
            "approvals", Set.of(TestUsers.HEAD),
            "admin/users", Access.ADMIN_ONLY,
            "admin/agencies", Access.ADMIN_ONLY,
            "admin/audit", Access.ADMIN_ONLY);

    @Autowired
    TestUsers testUsers;

    static Stream<Arguments> matrix() {
        return ALLOWED.keySet().stream().sorted().flatMap(route -> Access.EVERYONE.stream()
                .map(user -> Arguments.of(user, route, ALLOWED.get(route).contains(user))));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0} opens /{1}: allowed={2}")
    @MethodSource("matrix")
    void each_role_opens_or_is_kept_out_of_each_route(String user, String route, boolean allowed) {
        testUsers.signIn(user);
        UI.getCurrent().navigate(route);
        var shown = getCurrentView().getClass().getSimpleName();
        if (allowed) {
            // a head's home is the approvals page
            var expected = route.isEmpty() && TestUsers.HEAD.equals(user) ? "ApprovalsView" : VIEWS.get(route);
            assertThat(shown).isEqualTo(expected);
        } else if (TestUsers.ANONYMOUS.equals(user)) {
            assertThat(shown).isEqualTo("LoginView");
        } else {
            assertThat(shown).isIn(List.of("NotFoundView", "AccessDeniedView"));
        }
    }
}
