package th.go.bangkok.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.audit.AuditEntry;
import th.go.bangkok.tidtam.audit.AuditFilter;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.Messages;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.users.UserData;
import th.go.bangkok.tidtam.users.UserService;

/**
 * Issue #18 (items 2a, 2b): which account a typed name signs in to, and what a refused sign-in tells. Real sign-in
 * through the real security chain over HTTP; see docs/decisions/0020-sign-in-identity-and-login-form.md.
 */
@IntegrationTest
class SignInIdentityTest {

    static final String PASSWORD = "Right-pass-2569";

    @LocalServerPort
    int port;
    @Autowired
    UserService users;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers testUsers;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void every_spelling_of_a_name_counts_against_the_one_account_and_none_escapes_its_lock() {
        var name = newUser(true);
        var client = new SignInClient(port);
        var spellings = List.of(name, name.toUpperCase(), " " + capitalised(name) + " ", fullWidth(name),
                fullWidth(name.toUpperCase()));
        for (var spelling : spellings) {
            assertThat(SignInClient.redirect(client.signIn(spelling, "wrong-pass-1"))).isEqualTo("/login?error");
        }
        for (var spelling : List.of(name, name.toUpperCase(), fullWidth(name), accented(name))) {
            var other = new SignInClient(port);
            other.signIn(spelling, PASSWORD);
            assertThat(other.signedIn()).as("%s signs in after five wrong passwords", spelling).isFalse();
        }
        assertThat(SignInClient.redirect(new SignInClient(port).signIn(fullWidth(name), PASSWORD)))
                .isEqualTo("/login?locked");
        assertThat(trail(name)).filteredOn(e -> e.getAction() == AuditAction.LOGIN_FAILURE)
                .as("all five tries are the account's, under its own name").hasSize(5)
                .allSatisfy(e -> assertThat(e.getClientAddress()).isEqualTo(client.address));
    }

    @Test
    void a_name_with_an_accent_is_not_the_account_it_resembles() {
        var name = newUser(true);
        var client = new SignInClient(port);
        assertThat(SignInClient.redirect(client.signIn(accented(name), PASSWORD))).isEqualTo("/login?error");
        assertThat(client.signedIn()).isFalse();
        assertThat(trail(name)).as("nothing happened to the account").isEmpty();
        assertThat(trail(accented(name))).extracting(AuditEntry::getAction).containsExactly(AuditAction.LOGIN_FAILURE);

        var plain = new SignInClient(port);
        assertThat(SignInClient.redirect(plain.signIn(fullWidth(name.toUpperCase()), PASSWORD))).isEqualTo("/");
        assertThat(plain.signedIn()).as("the same name in capitals and full-width letters is the account").isTrue();
    }

    @Test
    void a_disabled_account_answers_a_wrong_password_like_any_wrong_password() {
        var disabled = newUser(false);
        var client = new SignInClient(port);
        assertThat(SignInClient.redirect(client.signIn(disabled, "wrong-pass-1"))).isEqualTo("/login?error");
        assertThat(SignInClient.redirect(client.signIn("nobody-" + disabled, "wrong-pass-1"))).isEqualTo("/login?error");
        assertThat(SignInClient.redirect(client.signIn(disabled, PASSWORD)))
                .as("after the right password the user may learn why they cannot sign in").isEqualTo("/login?disabled");
        assertThat(client.signedIn()).isFalse();
    }

    @Test
    void every_try_on_a_disabled_account_counts_towards_its_lock() {
        var disabled = newUser(false);
        var client = new SignInClient(port);
        for (int i = 0; i < 4; i++) {
            client.signIn(disabled, "wrong-pass-" + i);
        }
        assertThat(SignInClient.redirect(client.signIn(disabled, PASSWORD))).isEqualTo("/login?disabled");
        assertThat(SignInClient.redirect(client.signIn(disabled, PASSWORD))).isEqualTo("/login?locked");
        assertThat(trail(disabled)).filteredOn(e -> e.getAction() == AuditAction.LOGIN_FAILURE).hasSize(5);
    }

    @Test
    void a_new_username_is_stored_in_lower_case_and_signs_in_however_it_is_typed() {
        var typed = "New.User_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long id = testUsers.as(TestUsers.ADMIN, () -> users.create(data(typed, true), PASSWORD));
        assertThat(testUsers.as(TestUsers.ADMIN, () -> users.get(id)).username()).isEqualTo(typed.toLowerCase());

        var client = new SignInClient(port);
        assertThat(SignInClient.redirect(client.signIn(typed, PASSWORD))).isEqualTo("/");
        assertThat(trail(typed.toLowerCase())).extracting(AuditEntry::getAction).contains(AuditAction.LOGIN_SUCCESS);
    }

    @Test
    void a_username_that_only_differs_from_another_by_letter_case_is_taken() {
        var name = newUser(true);
        assertThatThrownBy(() -> testUsers.as(TestUsers.ADMIN, () -> users.create(data(name.toUpperCase(), true),
                PASSWORD)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("user.username.taken"));
    }

    @Test
    void a_username_outside_a_to_z_digits_dot_dash_and_underscore_is_refused_in_thai_and_english() {
        for (var name : List.of(accented("someone"), "สมชาย", "some one", "some@one")) {
            assertThatThrownBy(() -> testUsers.as(TestUsers.ADMIN, () -> users.create(data(name, true), PASSWORD)))
                    .as(name)
                    .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(
                            e.getConstraintViolations()).extracting(v -> v.getMessageTemplate())
                            .contains("{user.username.pattern}"));
        }
        assertThat(Messages.get(ThaiDates.THAI, "user.username.pattern")).contains("a–z", "ชื่อผู้ใช้");
        assertThat(Messages.get(java.util.Locale.ENGLISH, "user.username.pattern")).contains("a–z", "Use only");
    }

    private String newUser(boolean enabled) {
        var name = "ident-" + UUID.randomUUID().toString().substring(0, 8);
        long id = testUsers.as(TestUsers.ADMIN, () -> users.create(data(name, true), PASSWORD));
        if (!enabled) {
            testUsers.as(TestUsers.ADMIN, () -> users.setEnabled(id, false));
        }
        return name;
    }

    private static UserData data(String username, boolean enabled) {
        return new UserData(username, "ผู้ทดสอบ ชื่อผู้ใช้", null, null, null, Role.COORDINATOR, null, enabled, 0);
    }

    /** The sign-in trail under exactly this name (the database compares names accent- and case-blind). */
    private List<AuditEntry> trail(String username) {
        return testUsers.as(TestUsers.ADMIN, () -> audit.find(new AuditFilter(username, "Session", null, null, null),
                PageRequest.of(0, 50))).stream().filter(e -> e.getActor().equals(username)).toList();
    }

    /** "ident-…" as "ïdent-…": the same letters to MariaDB's accent-insensitive collation, another name to us. */
    private static String accented(String name) {
        return name.replaceFirst("i", "ï").replaceFirst("e", "é");
    }

    private static String capitalised(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** Full-width forms (U+FF01…), which Unicode NFKC folds to ASCII. */
    private static String fullWidth(String name) {
        var out = new StringBuilder();
        name.chars().forEach(c -> out.append(c > 0x20 && c < 0x7f ? (char) (c - 0x21 + 0xFF01) : (char) c));
        return out.toString();
    }
}
