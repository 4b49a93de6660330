package th.go.bangkok.tidtam.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.audit.AuditFilter;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.security.AccountSource;
import th.go.bangkok.tidtam.security.ExternalAccounts;
import th.go.bangkok.tidtam.security.ExternalIdentity;
import th.go.bangkok.tidtam.security.NoMappedGroupException;
import th.go.bangkok.tidtam.security.Role;

/** Accounts of the city's directory and OIDC provider: made at the first sign-in, kept in step with the groups. */
@IntegrationTest
class ExternalAccountsTest {

    @Autowired
    ExternalAccounts accounts;
    @Autowired
    GroupMappingService mappings;
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
    void a_first_sign_in_creates_the_account_from_the_directory_with_the_role_and_agency_of_its_group() {
        var group = group();
        var division = agencyOf(TestUsers.OFFICER);
        testUsers.as(TestUsers.ADMIN, () -> mappings.map(group, Role.OFFICER, division));
        var name = name();

        var user = accounts.signIn(new ExternalIdentity(AccountSource.LDAP, name, "นางสาวใจดี ตั้งใจ",
                name + "@bangkok.go.th", "1234", Set.of(group, "Everyone")));

        assertThat(user.role()).isEqualTo(Role.OFFICER);
        assertThat(user.agencyId()).isEqualTo(division);
        assertThat(user.source()).isEqualTo(AccountSource.LDAP);
        var data = testUsers.as(TestUsers.ADMIN, () -> users.get(user.id()));
        assertThat(data.fullName()).isEqualTo("นางสาวใจดี ตั้งใจ");
        assertThat(data.email()).isEqualTo(name + "@bangkok.go.th");
        assertThat(data.phone()).isEqualTo("1234");
        var trail = testUsers.as(TestUsers.ADMIN, () -> audit.find(
                new AuditFilter(null, "User", String.valueOf(user.id()), null, null), PageRequest.of(0, 20)));
        assertThat(trail).singleElement().satisfies(entry -> {
            assertThat(entry.getAction()).isEqualTo(AuditAction.CREATE);
            assertThat(entry.getActor()).isEqualTo("ldap");
        });
    }

    @Test
    void a_change_of_groups_changes_the_role_and_agency_at_the_next_sign_in_and_the_trail_says_old_and_new() {
        var officers = group();
        var heads = group();
        var division = agencyOf(TestUsers.OFFICER);
        var office = agencyOf(TestUsers.HEAD);
        testUsers.as(TestUsers.ADMIN, () -> {
            mappings.map(officers, Role.OFFICER, division);
            mappings.map(heads, Role.HEAD, office);
        });
        var name = name();
        var first = accounts.signIn(identity(AccountSource.OIDC, name, officers));

        var second = accounts.signIn(identity(AccountSource.OIDC, name, officers, heads));

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.role()).as("the strongest mapped role wins").isEqualTo(Role.HEAD);
        assertThat(second.agencyId()).isEqualTo(office);
        var trail = testUsers.as(TestUsers.ADMIN, () -> audit.find(
                new AuditFilter(null, "User", String.valueOf(first.id()), null, null), PageRequest.of(0, 20)));
        assertThat(trail).filteredOn(e -> e.getAction() == AuditAction.UPDATE).singleElement().satisfies(entry -> {
            assertThat(entry.getActor()).isEqualTo("oidc");
            assertThat(entry.getChanges()).contains("role: OFFICER → HEAD")
                    .contains("agencyId: " + division + " → " + office);
        });
    }

    @Test
    void someone_without_a_mapped_group_is_refused_and_gets_no_account() {
        var name = name();
        assertThatThrownBy(() -> accounts.signIn(identity(AccountSource.LDAP, name, "unmapped-" + name)))
                .isInstanceOf(NoMappedGroupException.class);
        assertThat(testUsers.as(TestUsers.ADMIN, () -> users.count(new UserFilter(name, null, null)))).isZero();
    }

    @Test
    void a_disabled_directory_account_stays_refused_whatever_its_groups() {
        var group = group();
        testUsers.as(TestUsers.ADMIN, () -> mappings.map(group, Role.COORDINATOR, null));
        var name = name();
        var user = accounts.signIn(identity(AccountSource.LDAP, name, group));
        testUsers.as(TestUsers.ADMIN, () -> users.setEnabled(user.id(), false));

        assertThatThrownBy(() -> accounts.signIn(identity(AccountSource.LDAP, name, group)))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void a_directory_name_that_is_a_local_account_does_not_take_it_over() {
        var group = group();
        testUsers.as(TestUsers.ADMIN, () -> mappings.map(group, Role.ADMIN, null));
        assertThatThrownBy(() -> accounts.signIn(identity(AccountSource.LDAP, TestUsers.OFFICER, group)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(testUsers.as(TestUsers.OFFICER, () -> users.me()).role()).isEqualTo(Role.OFFICER);
    }

    @Test
    void a_directory_or_oidc_user_cannot_set_a_local_password_nor_have_one_set() {
        var group = group();
        testUsers.as(TestUsers.ADMIN, () -> mappings.map(group, Role.COORDINATOR, null));
        var name = name();
        var user = accounts.signIn(identity(AccountSource.OIDC, name, group));

        assertThat(testUsers.as(name, () -> users.me()).hasLocalPassword())
                .as("the user menu offers no password change").isFalse();
        assertThat(testUsers.as(TestUsers.OFFICER, () -> users.me()).hasLocalPassword()).isTrue();
        assertThatThrownBy(() -> testUsers.as(name, () -> users.changeOwnPassword("anything", "Brand-new-2569")))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.external"));
        assertThatThrownBy(() -> testUsers.as(TestUsers.ADMIN, () -> users.resetPassword(user.id(), "Brand-new-2569")))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.external"));
    }

    @Test
    void only_an_administrator_edits_the_group_mapping_and_a_mapping_keeps_the_agency_rule() {
        assertThatThrownBy(() -> testUsers.as(TestUsers.COORDINATOR, () -> mappings.map(group(), Role.ADMIN, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as(TestUsers.COORDINATOR, () -> mappings.list()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> testUsers.as(TestUsers.ADMIN, () -> mappings.map(group(), Role.OFFICER, null)))
                .as("an officer sits in a division or group").isInstanceOf(BusinessRuleException.class);
        var group = group();
        var id = testUsers.as(TestUsers.ADMIN, () -> mappings.map(group, Role.COORDINATOR, null));
        assertThat(testUsers.as(TestUsers.ADMIN, () -> mappings.list()))
                .anySatisfy(row -> assertThat(row.externalGroup()).isEqualTo(group));
        testUsers.as(TestUsers.ADMIN, () -> mappings.remove(id));
        assertThat(testUsers.as(TestUsers.ADMIN, () -> mappings.list()))
                .noneSatisfy(row -> assertThat(row.externalGroup()).isEqualTo(group));
    }

    private static ExternalIdentity identity(AccountSource source, String name, String... groups) {
        return new ExternalIdentity(source, name, "ผู้ใช้ " + name, null, null, Set.of(groups));
    }

    private static String name() {
        return "ext-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String group() {
        return "grp-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private Long agencyOf(String username) {
        return testUsers.as(TestUsers.ADMIN, () -> users.find(new UserFilter(username, null, null), PageRequest.of(0, 10))
                .stream().filter(u -> u.username().equals(username)).findFirst()
                .map(u -> users.get(u.id()).agencyId()).orElseThrow());
    }
}
