package th.go.bangkok.tidtam;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
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
    static final Map<String, String> VIEWS = Map.ofEntries(
            Map.entry("", "HomeView"),
            Map.entry("projects", "ProjectListView"),
            Map.entry("projects/new", "NewProjectView"),
            Map.entry("admin/plan", "PlanAdminView"),
            Map.entry("reports/due", "DueReportsView"),
            Map.entry("approvals", "ApprovalsView"),
            Map.entry("tracking", "TrackingView"),
            Map.entry("import", "ImportView"),
            Map.entry("indicators", "IndicatorsView"),
            Map.entry("admin/users", "UserAdminView"),
            Map.entry("admin/agencies", "AgencyAdminView"),
            Map.entry("admin/audit", "AuditView"),
            Map.entry("tokens", "AccessTokensView"));
    static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("", Access.SIGNED_IN),
            Map.entry("projects", Access.SIGNED_IN),
            Map.entry("projects/new", Set.of(TestUsers.OFFICER, TestUsers.OFFICER_OTHER_OFFICE, TestUsers.ADMIN)),
            Map.entry("admin/plan", Access.ADMIN_ONLY),
            Map.entry("reports/due", Set.of(TestUsers.OFFICER, TestUsers.OFFICER_OTHER_OFFICE)),
            Map.entry("approvals", Set.of(TestUsers.HEAD)),
            Map.entry("tracking", Set.of(TestUsers.COORDINATOR, TestUsers.ADMIN, TestUsers.HEAD)),
            Map.entry("indicators", Access.SIGNED_IN),
            Map.entry("import", Set.of(TestUsers.ADMIN, TestUsers.COORDINATOR, TestUsers.OFFICER,
                    TestUsers.OFFICER_OTHER_OFFICE)),
            Map.entry("admin/users", Access.ADMIN_ONLY),
            Map.entry("admin/agencies", Access.ADMIN_ONLY),
            Map.entry("admin/audit", Access.ADMIN_ONLY),
            Map.entry("tokens", Access.SIGNED_IN));

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
            // a head's home is the approvals page, a coordinator's the tracking dashboard
            var expected = !route.isEmpty() ? VIEWS.get(route)
                    : TestUsers.HEAD.equals(user) ? "ApprovalsView"
                    : TestUsers.COORDINATOR.equals(user) ? "TrackingView" : VIEWS.get(route);
            assertThat(shown).isEqualTo(expected);
        } else if (TestUsers.ANONYMOUS.equals(user)) {
            assertThat(shown).isEqualTo("LoginView");
        } else {
            // "not found or not permitted", inside the signed-in layout (issue #19)
            assertThat(shown).isEqualTo("SignedInErrorView");
            assertThat(((com.vaadin.flow.component.HasStyle) getCurrentView()).getClassNames()).contains("not-found-view");
        }
    }
}
