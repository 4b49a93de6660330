package th.go.bangkok.tidtam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.audit.AuditEntry;
import th.go.bangkok.tidtam.audit.AuditFilter;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.security.TestOidcProvider;
import th.go.bangkok.tidtam.users.GroupMappingService;
import th.go.bangkok.tidtam.users.UserFilter;
import th.go.bangkok.tidtam.users.UserService;

/**
 * Signing in with the city's OpenID Connect provider, in Chromium, against a real provider (Spring Authorization
 * Server) that the test starts on its own port: the button on /login, the provider's own sign-in page, and back in the
 * portal with the role and agency of the person's group (docs/decisions/0027-directory-and-oidc-sign-in.md).
 */
class CityAccountSignInJourneyTest extends BrowserTest {

    /**
     * Spring Security's static holder, as the tests before this class left it: the provider and this class's own
     * portal context each put a strategy of their own in it, and the contexts the other tests share (whose method
     * security keeps the strategy it was built with) must find theirs again afterwards. Before {@link #PROVIDER}.
     */
    static final SecurityContextHolderStrategy SHARED_STRATEGY = SecurityContextHolder.getContextHolderStrategy();
    static final TestOidcProvider PROVIDER = TestOidcProvider.start();
    /** Group names of this run, so no other test's mapping of the same name answers for them. */
    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6);
    static final String OFFICERS = "bma-tidtam-officers-" + SUFFIX;
    static final String OTHERS = "bma-library-readers-" + SUFFIX;
    static final String BUTTON = "เข้าสู่ระบบด้วยบัญชีกรุงเทพมหานคร";

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry properties) {
        properties.add("tidtam.oidc.enabled", () -> "true");
        PROVIDER.clientProperties().forEach((name, value) -> properties.add(name, () -> value));
    }

    @AfterAll
    static void stopProvider() {
        PROVIDER.close();
        SecurityContextHolder.setContextHolderStrategy(SHARED_STRATEGY);
    }

    @Autowired
    GroupMappingService mappings;
    @Autowired
    UserService users;
    @Autowired
    TestUsers testUsers;
    @Autowired
    AuditService audit;

    /** The portal at 127.0.0.1, the provider at localhost: two hosts, two sets of cookies, as in real life. */
    @Override
    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @BeforeEach
    void portalKnownToTheProvider() {
        PROVIDER.portalAt(url(""));
    }

    @Test
    void a_city_account_signs_in_with_the_button_lands_with_its_groups_role_and_agency_and_signing_out_ends_both_sessions() {
        var division = agencyOf(TestUsers.OFFICER);
        testUsers.as(TestUsers.ADMIN, () -> mappings.map(OFFICERS, Role.OFFICER, division));
        var name = "o" + UUID.randomUUID().toString().substring(0, 8);
        PROVIDER.person(name, "นางสาวกานดา ใจงาม", name + "@bangkok.go.th", "02-224-5678", List.of(OTHERS, OFFICERS));

        openLogin();
        screenshot("login-city-account");
        page.setViewportSize(390, 844);
        screenshot("login-city-account-phone");
        page.setViewportSize(1366, 860);
        signInAtProvider(name);
        page.waitForURL(url("/"));

        var me = testUsers.as(name, () -> users.me());
        assertThat(me.role()).isEqualTo(Role.OFFICER);
        assertThat(page.locator(".app-header")).containsText("นางสาวกานดา ใจงาม");
        assertThat(page.locator(".user-detail")).containsText("ผู้รับผิดชอบโครงการ · " + me.agencyPath());
        var account = testUsers.as(TestUsers.ADMIN, () -> users.get(users.find(new UserFilter(name, null, null),
                PageRequest.of(0, 1)).getFirst().id()));
        assertThat(account.agencyId()).isEqualTo(division);
        assertThat(account.email()).isEqualTo(name + "@bangkok.go.th");
        assertThat(account.phone()).isEqualTo("02-224-5678");
        // the provider keeps the password: the portal keeps none for this account
        assertThatThrownBy(() -> testUsers.as(name, () -> users.changeOwnPassword("x", "Local-pass-2569")))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.external"));
        // a page only officers may open
        page.navigate(url("/reports/due"));
        assertThat(page.locator(".due-reports-view")).isVisible();

        page.locator(".user-menu").click();
        var signOut = page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("ออกจากระบบ"));
        assertThat(signOut).isVisible();
        // the password is kept by the provider, not here: no item to change it
        assertThat(page.locator("vaadin-menu-bar-item", new Page.LocatorOptions().setHasText("เปลี่ยนรหัสผ่าน")))
                .hasCount(0);
        signOut.click();
        page.waitForURL(url("/login"));
        page.navigate(url("/reports/due"));
        page.waitForURL(url("/login"));
        assertThat(trail(name)).extracting(AuditEntry::getAction)
                .containsExactlyInAnyOrder(AuditAction.LOGIN_SUCCESS, AuditAction.LOGOUT);
        // the provider's session ended too: the button asks for the password again
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(BUTTON)).click();
        page.waitForURL(PROVIDER.issuer() + "/login");
        assertThat(page.locator("#password")).isVisible();
    }

    @Test
    void a_city_account_in_no_mapped_group_is_refused_with_its_own_message_and_gets_no_account() {
        var name = "u" + UUID.randomUUID().toString().substring(0, 8);
        PROVIDER.person(name, "นายไม่มี สิทธิ์", name + "@bangkok.go.th", "02-224-0000", List.of(OTHERS));

        openLogin();
        signInAtProvider(name);
        page.waitForURL(url("/login?unmapped"));
        assertThat(page.locator("vaadin-login-form")).containsText("บัญชีของคุณยังไม่มีสิทธิ์ในระบบติดตาม");
        assertThat(testUsers.as(TestUsers.ADMIN, () -> users.count(new UserFilter(name, null, null)))).isZero();
        assertThat(trail(name)).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.LOGIN_FAILURE);
            assertThat(e.getSummary()).startsWith("no mapped group (oidc)");
        });
    }

    @Test
    void a_city_account_with_the_name_of_a_local_account_does_not_take_it_over() {
        testUsers.as(TestUsers.ADMIN, () -> mappings.map(OFFICERS, Role.OFFICER, agencyOf(TestUsers.OFFICER)));
        PROVIDER.person(TestUsers.HEAD, "ผู้แอบอ้าง", "someone@example.org", "02-000-0000", List.of(OFFICERS));

        openLogin();
        signInAtProvider(TestUsers.HEAD);
        page.waitForURL(url("/login?oidc-error"));
        assertThat(page.locator("vaadin-login-form")).containsText("เข้าสู่ระบบด้วยบัญชีกรุงเทพมหานครไม่สำเร็จ");
        var head = testUsers.as(TestUsers.HEAD, () -> users.me());
        assertThat(head.fullName()).isEqualTo("นายประเสริฐ มั่นคง");
        assertThat(head.role()).isEqualTo(Role.HEAD);
        assertThat(head.phone()).isNotEqualTo("02-000-0000");
        assertThat(trail(TestUsers.HEAD)).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.LOGIN_FAILURE);
            assertThat(e.getSummary()).startsWith("oidc name refused");
        });
    }

    @Test
    void a_disabled_city_account_is_refused_with_its_own_message_though_the_provider_vouches_for_it() {
        testUsers.as(TestUsers.ADMIN, () -> mappings.map(OFFICERS, Role.OFFICER, agencyOf(TestUsers.OFFICER)));
        var name = "d" + UUID.randomUUID().toString().substring(0, 8);
        PROVIDER.person(name, "นายปิด บัญชีเมือง", name + "@bangkok.go.th", "02-224-0101", List.of(OFFICERS));
        openLogin();
        signInAtProvider(name);
        page.waitForURL(url("/"));
        var id = testUsers.as(TestUsers.ADMIN, () -> users.find(new UserFilter(name, null, null),
                PageRequest.of(0, 1)).getFirst().id());
        testUsers.as(TestUsers.ADMIN, () -> users.setEnabled(id, false));

        page.context().clearCookies(); // a new day: neither the portal's session nor the provider's
        openLogin();
        signInAtProvider(name);
        page.waitForURL(url("/login?disabled"));
        assertThat(page.locator("vaadin-login-form")).containsText("บัญชีนี้ถูกปิดการใช้งาน");
        screenshot("login-city-account-disabled");
        assertThat(trail(name)).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo(AuditAction.LOGIN_FAILURE);
            assertThat(e.getSummary()).isEqualTo("account disabled (oidc)");
        });
    }

    private void signInAtProvider(String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(BUTTON)).click();
        page.waitForURL(PROVIDER.issuer() + "/login");
        page.locator("#username").fill(name);
        page.locator("#password").fill(TestOidcProvider.PASSWORD);
        page.locator("button[type=submit]").click();
    }

    private List<AuditEntry> trail(String username) {
        return testUsers.as(TestUsers.ADMIN, () -> audit.find(new AuditFilter(username, "Session", null, null, null),
                PageRequest.of(0, 20)));
    }

    private Long agencyOf(String username) {
        return testUsers.as(TestUsers.ADMIN, () -> users.find(new UserFilter(username, null, null),
                        PageRequest.of(0, 10)).stream().filter(u -> u.username().equals(username)).findFirst()
                .map(u -> users.get(u.id()).agencyId()).orElseThrow());
    }
}
