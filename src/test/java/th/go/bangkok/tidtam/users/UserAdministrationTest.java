package th.go.bangkok.tidtam.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.Date;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.agency.AgencyData;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.audit.AuditFilter;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ConcurrentChangeException;
import th.go.bangkok.tidtam.security.PasswordPolicy.WeakPasswordException;
import th.go.bangkok.tidtam.security.Role;

/** What an administrator does to accounts, on the real database, with its audit trail. */
@IntegrationTest
class UserAdministrationTest {

    @Autowired
    UserService users;
    @Autowired
    AgencyService agencies;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers testUsers;
    @Autowired
    SessionRegistry sessions;
    @Autowired
    UserDetailsService userDetails;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void creating_and_editing_a_user_writes_old_and_new_values_to_the_audit_trail() {
        testUsers.signIn(TestUsers.ADMIN);
        var username = "audit-" + UserServiceAccessTest.shortId();
        long id = users.create(UserServiceAccessTest.data(username, Role.COORDINATOR), "Audit-pass-2569");
        var loaded = users.get(id);
        users.update(id, UserServiceAccessTest.withName(loaded, "นางสาวใหม่ ชื่อเปลี่ยน"));

        var trail = audit.find(AuditFilter.forEntity("User", String.valueOf(id)), PageRequest.of(0, 10));
        assertThat(trail).extracting(e -> e.getAction()).containsExactlyInAnyOrder(AuditAction.CREATE, AuditAction.UPDATE);
        var update = trail.stream().filter(e -> e.getAction() == AuditAction.UPDATE).findFirst().orElseThrow();
        assertThat(update.getActor()).isEqualTo(TestUsers.ADMIN);
        assertThat(update.getChanges()).isEqualTo("fullName: ผู้ใช้ทดสอบ → นางสาวใหม่ ชื่อเปลี่ยน");
        var create = trail.stream().filter(e -> e.getAction() == AuditAction.CREATE).findFirst().orElseThrow();
        assertThat(create.getChanges()).contains("username: ∅ → " + username).doesNotContain("password");
    }

    @Test
    void disabling_a_user_ends_their_open_sessions_at_once() {
        testUsers.signIn(TestUsers.ADMIN);
        var username = "session-" + UserServiceAccessTest.shortId();
        long id = users.create(UserServiceAccessTest.data(username, Role.COORDINATOR), "Session-pass-2569");
        var principal = userDetails.loadUserByUsername(username);
        sessions.registerNewSession("sess-a-" + username, principal);
        sessions.registerNewSession("sess-b-" + username, principal);

        users.setEnabled(id, false);

        assertThat(sessions.getSessionInformation("sess-a-" + username).isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("sess-b-" + username).isExpired()).isTrue();
        assertThat(users.get(id).enabled()).isFalse();
        assertThat(userDetails.loadUserByUsername(username).isEnabled()).isFalse();
        var trail = audit.find(AuditFilter.forEntity("User", String.valueOf(id)), PageRequest.of(0, 10));
        assertThat(trail).anySatisfy(e -> assertThat(e.getChanges()).isEqualTo("enabled: true → false"));
    }

    @Test
    void an_administrator_cannot_disable_their_own_account() {
        testUsers.signIn(TestUsers.ADMIN);
        long me = users.me().id();
        assertThatThrownBy(() -> users.setEnabled(me, false))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("user.disable.self"));
        assertThat(users.get(me).enabled()).isTrue();
    }

    @Test
    void saving_over_someone_elses_newer_edit_is_refused_and_nothing_is_lost() {
        testUsers.signIn(TestUsers.ADMIN);
        long id = users.create(UserServiceAccessTest.data("lock-" + UserServiceAccessTest.shortId(), Role.COORDINATOR),
                "Locking-pass-2569");
        var openedByFirst = users.get(id);
        var openedBySecond = users.get(id);
        users.update(id, UserServiceAccessTest.withName(openedByFirst, "ชื่อจากคนแรก"));

        assertThatThrownBy(() -> users.update(id, UserServiceAccessTest.withName(openedBySecond, "ชื่อจากคนที่สอง")))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(users.get(id).fullName()).isEqualTo("ชื่อจากคนแรก");
    }

    @Test
    void invalid_user_data_is_refused_with_the_broken_rules_and_nothing_is_written() {
        testUsers.signIn(TestUsers.ADMIN);
        long before = users.count(UserFilter.none());
        var bad = new UserData("x!", " ", null, "abc", "not-an-email", Role.COORDINATOR, null, true, 0);
        assertThatThrownBy(() -> users.create(bad, "Valid-pass-2569"))
                .isInstanceOfSatisfying(ConstraintViolationException.class, e -> assertThat(
                        e.getConstraintViolations()).extracting(v -> v.getMessageTemplate())
                        .contains("{user.username.size}", "{user.username.pattern}", "{user.fullName.required}",
                                "{user.phone.pattern}", "{user.email.invalid}"));
        assertThat(users.count(UserFilter.none())).isEqualTo(before);
    }

    @Test
    void a_weak_initial_password_or_a_taken_username_is_refused() {
        testUsers.signIn(TestUsers.ADMIN);
        assertThatThrownBy(() -> users.create(UserServiceAccessTest.data("weak-" + UserServiceAccessTest.shortId(),
                Role.COORDINATOR), "short1"))
                .isInstanceOfSatisfying(WeakPasswordException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.tooShort"));
        assertThatThrownBy(() -> users.create(UserServiceAccessTest.data(TestUsers.OFFICER, Role.COORDINATOR),
                "Valid-pass-2569"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("user.username.taken"));
    }

    @Test
    void an_officer_must_sit_in_a_division_or_group_and_a_head_in_an_office() {
        testUsers.signIn(TestUsers.ADMIN);
        long office = agencies.offices().stream().filter(a -> "03000000".equals(a.code())).findFirst().orElseThrow().id();
        var officerInOffice = new UserData("o-" + UserServiceAccessTest.shortId(), "ทดสอบ", null, null, null,
                Role.OFFICER, office, true, 0);
        assertThatThrownBy(() -> users.create(officerInOffice, "Valid-pass-2569"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("user.agency.officerNeedsUnit"));
        long division = agencies.children(office).getFirst().id();
        var headInDivision = new UserData("h-" + UserServiceAccessTest.shortId(), "ทดสอบ", null, null, null,
                Role.HEAD, division, true, 0);
        assertThatThrownBy(() -> users.create(headInDivision, "Valid-pass-2569"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("user.agency.headNeedsOffice"));
    }

    @Test
    void an_agency_with_users_cannot_be_deleted_and_says_why() {
        testUsers.signIn(TestUsers.ADMIN);
        long office = agencies.createOffice(new AgencyData("8" + String.format("%07d", new Date().getTime() % 10_000_000),
                "สำนักชั่วคราว", null, 0));
        long division = agencies.createChild(office, new AgencyData(null, "กองชั่วคราว", null, 0));
        users.create(new UserData("d-" + UserServiceAccessTest.shortId(), "ผู้ใช้ในกอง", null, null, null,
                Role.OFFICER, division, true, 0), "Valid-pass-2569");

        assertThatThrownBy(() -> agencies.delete(division))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("agency.inUse.users");
                    assertThat(e.arguments()).containsExactly(1L);
                });
        assertThatThrownBy(() -> agencies.delete(office))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("agency.inUse.children"));
        assertThat(agencies.find(division)).isPresent();
    }

    @Test
    void changing_my_own_password_needs_the_current_one_and_a_strong_new_one() {
        testUsers.signIn(TestUsers.ADMIN);
        var username = "pw-" + UserServiceAccessTest.shortId();
        users.create(UserServiceAccessTest.data(username, Role.COORDINATOR), "First-pass-2569");
        testUsers.signIn(username);
        assertThatThrownBy(() -> users.changeOwnPassword("wrong-one-123", "Second-pass-2569"))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.currentWrong"));
        assertThatThrownBy(() -> users.changeOwnPassword("First-pass-2569", "password123"))
                .isInstanceOf(WeakPasswordException.class);
        users.changeOwnPassword("First-pass-2569", "Second-pass-2569");
        assertThatThrownBy(() -> users.changeOwnPassword("First-pass-2569", "Third-pass-2569"))
                .isInstanceOf(BusinessRuleException.class);
        users.changeOwnPassword("Second-pass-2569", "Third-pass-2569");
    }
}
