package th.go.bangkok.tidtam.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.demo.DemoAccounts;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.users.UserData;
import th.go.bangkok.tidtam.users.UserService;

/** Signing in as people do, in Chromium. */
class SignInJourneyTest extends BrowserTest {

    @Autowired
    UserService users;
    @Autowired
    TestUsers testUsers;

    @ParameterizedTest(name = "{0} signs in and lands on their home page in Thai")
    @CsvSource({
            "officer, นางสาวสมศรี ใจดี, ผู้รับผิดชอบโครงการ, /, .home-view, สวัสดี นางสาวสมศรี ใจดี",
            "head, นายประเสริฐ มั่นคง, หัวหน้าสำนักงาน, /approvals, .approvals-view, คำขอรออนุมัติของสำนักงาน",
            "coordinator, นางวิไลวรรณ ชัยมงคล, ผู้ประสานงาน สยป., /tracking, .tracking-view, ยังไม่รายงาน",
            "admin, นายสมชาย ดูแลระบบ, ผู้ดูแลระบบ, /, .home-view, สวัสดี นายสมชาย ดูแลระบบ"})
    void each_demo_user_signs_in_and_lands_on_their_home_in_thai(String username, String fullName, String role,
                                                                   String home, String view, String greeting) {
        openLogin();
        assertThat(page.locator("vaadin-login-form")).containsText("เข้าสู่ระบบ");
        var sessionBefore = sessionId();
        submitLogin(username, DemoAccounts.PASSWORD);
        page.waitForURL(url(home));
        assertThat(page.locator(view)).containsText(greeting);
        assertThat(page.locator(".user-detail")).containsText(role);
        assertThat(page.locator(".app-header")).containsText(fullName);
        assertThat(page.locator(".user-detail")).containsText(role);
        assertThat(page.locator("vaadin-side-nav")).containsText("หน้าแรก");
        // the menu of each role is collected once and shared: each still sees their own
        var administration = page.locator("vaadin-side-nav-item", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("ผู้ใช้งาน"));
        assertThat(administration).hasCount(username.equals("admin") ? 1 : 0);
        assertThat(page.locator("vaadin-side-nav-item", new com.microsoft.playwright.Page.LocatorOptions()
                .setHasText("คำขอรออนุมัติ"))).hasCount(username.equals("head") ? 1 : 0);
        assertThat(sessionId()).as("the session id changes at sign-in").isNotEqualTo(sessionBefore);
        screenshot("home-" + username);
    }

    @Test
    void a_wrong_password_shows_the_error_in_thai() {
        openLogin();
        submitLogin("officer2", "not-the-password");
        page.waitForURL(url("/login?error"));
        assertThat(page.locator("vaadin-login-form")).containsText("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
        screenshot("login-error");
    }

    @Test
    void the_sixth_attempt_after_five_wrong_passwords_shows_the_lock_message() {
        var username = "locked-" + UUID.randomUUID().toString().substring(0, 6);
        testUsers.as(TestUsers.ADMIN, () -> users.create(new UserData(username, "ผู้ทดสอบ ล็อก", null, null, null,
                Role.COORDINATOR, null, true, 0), "Right-pass-2569"));
        openLogin();
        for (int i = 0; i < 5; i++) {
            submitLogin(username, "wrong-" + i);
            page.waitForURL(url("/login?error"));
            assertThat(page.locator("vaadin-login-form")).containsText("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
        }
        submitLogin(username, "Right-pass-2569");
        page.waitForURL(url("/login?locked"));
        assertThat(page.locator("vaadin-login-form")).containsText("ระงับการเข้าสู่ระบบชั่วคราว");
        assertThat(page.locator("vaadin-login-form")).containsText("15 นาที");
        screenshot("login-locked");
    }

    @Test
    void switching_to_english_changes_the_labels_and_the_choice_is_kept_after_sign_in() {
        var username = "lang-" + UUID.randomUUID().toString().substring(0, 6);
        testUsers.as(TestUsers.ADMIN, () -> users.create(new UserData(username, "นายภาษา ทดสอบ", null, null, null,
                Role.ADMIN, null, true, 0), "Lang-pass-2569"));
        openLogin();
        page.locator("vaadin-button", new com.microsoft.playwright.Page.LocatorOptions().setHasText("English")).click();
        assertThat(page.locator("vaadin-login-form")).containsText("Sign in");
        assertThat(page.locator("vaadin-login-form")).containsText("Username");
        screenshot("login-english");

        submitLogin(username, "Lang-pass-2569");
        page.waitForURL(url("/"));
        assertThat(page.locator(".home-view")).containsText("สวัสดี");
        page.locator(".user-menu").click();
        page.locator("vaadin-menu-bar-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("English")).click();
        assertThat(page.locator(".home-view")).containsText("Hello, นายภาษา ทดสอบ");
        assertThat(page.locator("vaadin-side-nav")).containsText("Home");

        page.navigate(url("/"));
        assertThat(page.locator(".home-view")).containsText("Hello");
        screenshot("home-english");
    }

    @Test
    void an_officer_typing_the_user_administration_address_is_denied() {
        openLogin();
        submitLogin("officer", DemoAccounts.PASSWORD);
        page.waitForURL(url("/"));
        page.navigate(url("/admin/users"));
        assertThat(page.locator(".not-found-view")).containsText("ไม่พบข้อมูล หรือคุณไม่มีสิทธิ์เข้าถึง");
        assertThat(page.locator("body")).not().containsText("ผู้ใช้งาน");
        screenshot("officer-denied");

        page.navigate(url("/no-such-page"));
        assertThat(page.locator(".not-found-view")).containsText("ไม่พบข้อมูล หรือคุณไม่มีสิทธิ์เข้าถึง");
    }

    @Test
    void a_user_disabled_while_signed_in_is_put_out_at_their_next_step() {
        var username = "gone-" + UUID.randomUUID().toString().substring(0, 6);
        long id = testUsers.as(TestUsers.ADMIN, () -> users.create(new UserData(username, "นายจะถูก ปิดบัญชี", null,
                null, null, Role.ADMIN, null, true, 0), "Gone-pass-2569"));
        openLogin();
        submitLogin(username, "Gone-pass-2569");
        page.waitForURL(url("/"));
        assertThat(page.locator(".home-view")).containsText("สวัสดี");

        testUsers.as(TestUsers.ADMIN, () -> users.setEnabled(id, false));

        page.navigate(url("/"));
        page.waitForURL(url("/login?expired"));
        assertThat(page.locator("vaadin-login-form")).containsText("หมดเวลาการใช้งาน");
        // a wrong password learns nothing of the account; the right one is told why it cannot sign in
        submitLogin(username, "not-the-password");
        page.waitForURL(url("/login?error"));
        assertThat(page.locator("vaadin-login-form")).containsText("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง");
        submitLogin(username, "Gone-pass-2569");
        page.waitForURL(url("/login?disabled"));
        assertThat(page.locator("vaadin-login-form")).containsText("บัญชีนี้ถูกปิดการใช้งาน");
    }

    @Test
    void signing_out_ends_the_session_and_signing_in_again_works() {
        openLogin();
        submitLogin("coordinator", DemoAccounts.PASSWORD);
        page.waitForURL(url("/tracking"));
        page.locator(".user-menu").click();
        page.locator("vaadin-menu-bar-item", new com.microsoft.playwright.Page.LocatorOptions().setHasText("ออกจากระบบ"))
                .click();
        page.waitForURL(u -> u.contains("/login"));
        page.navigate(url("/tracking"));
        page.waitForURL(u -> u.contains("/login"));
        // the new sign-in page carries a new session's token
        page.locator("vaadin-login-form input[name='username']").waitFor();
        submitLogin("coordinator", DemoAccounts.PASSWORD);
        page.waitForURL(u -> u.startsWith(url("/tracking")));
        assertThat(page.locator(".tracking-view")).containsText("ยังไม่รายงาน");
    }

    @Test
    void without_city_accounts_switched_on_the_sign_in_page_has_no_button_and_says_when_the_directory_is_down() {
        openLogin();
        assertThat(page.locator("vaadin-login-form input[name='password']")).isVisible();
        assertThat(page.locator(".city-account-button")).hasCount(0);
        assertThat(page.locator(".login-card")).not().containsText("บัญชีกรุงเทพมหานคร");
        // and Spring's OpenID Connect start is not there: the address is just a page that needs a sign-in
        page.navigate(url("/oauth2/authorization/bma"));
        page.waitForURL(url("/login"));

        page.navigate(url("/login?directory-unavailable"));
        assertThat(page.locator("vaadin-login-form")).containsText("ติดต่อระบบบัญชีของกรุงเทพมหานครไม่ได้ในขณะนี้");
        assertThat(page.locator("vaadin-login-form")).containsText("บัญชีของระบบติดตามเองยังเข้าสู่ระบบได้ตามปกติ");
    }

    @Test
    void a_sign_in_refused_because_many_wait_for_their_password_check_says_to_try_again_in_a_moment() {
        page.navigate(url("/login?busy"));
        assertThat(page.locator("vaadin-login-form")).containsText("มีผู้เข้าสู่ระบบพร้อมกันจำนวนมาก");
        assertThat(page.locator("vaadin-login-form")).containsText("กรุณาเข้าสู่ระบบอีกครั้งในอีกสักครู่");
        assertThat(page.locator("vaadin-login-form input[name='password']")).isVisible();
    }

    @Test
    void pages_carry_the_security_headers() {
        var response = page.navigate(url("/login"));
        var headers = response.allHeaders();
        assertThat(headers.get("content-security-policy")).contains("frame-ancestors 'none'", "default-src 'self'");
        assertThat(headers.get("x-content-type-options")).isEqualTo("nosniff");
        assertThat(headers.get("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(headers.get("x-frame-options")).isEqualTo("DENY");
    }

    private String sessionId() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst()
                .orElse("");
    }
}
