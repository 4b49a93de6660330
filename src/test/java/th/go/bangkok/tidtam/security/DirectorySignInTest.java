package th.go.bangkok.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.audit.AuditAction;
import th.go.bangkok.tidtam.audit.AuditFilter;
import th.go.bangkok.tidtam.audit.AuditService;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.users.GroupMappingService;
import th.go.bangkok.tidtam.users.UserFilter;
import th.go.bangkok.tidtam.users.UserService;

/**
 * Sign-in with the city's directory, against an in-process LDAP server (UnboundID's) holding people in several
 * groups: the portal's own sign-in door (throttling, audit) with directory sign-in switched on beside local accounts.
 */
@IntegrationTest
class DirectorySignInTest {

    static final String BASE = "dc=bangkok,dc=go,dc=th";
    /** Group names of this run, so no other test's mapping of the same name answers for them. */
    static final String SUFFIX = UUID.randomUUID().toString().substring(0, 6);
    static final String OFFICERS = "tidtam-officers-" + SUFFIX;
    static final String HEADS = "tidtam-heads-" + SUFFIX;
    static final String OTHERS = "library-readers-" + SUFFIX;
    static final String PASSWORD = "Directory-pass-1";
    static final InMemoryDirectoryServer DIRECTORY = start();

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry properties) {
        properties.add("tidtam.ldap.enabled", () -> "true");
        properties.add("tidtam.ldap.url", () -> "ldap://localhost:" + DIRECTORY.getListenPort());
        properties.add("tidtam.ldap.base", () -> BASE);
        properties.add("tidtam.ldap.user-search-base", () -> "ou=people");
        properties.add("tidtam.ldap.group-search-base", () -> "ou=groups");
    }

    @Autowired
    AuthenticationProvider signIn;
    @Autowired
    GroupMappingService mappings;
    @Autowired
    UserService users;
    @Autowired
    AuditService audit;
    @Autowired
    TestUsers testUsers;
    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_directory_user_signs_in_without_an_administrator_creating_the_account_and_lands_with_the_role_and_agency_of_the_group() {
        var division = agencyOf(TestUsers.OFFICER);
        testUsers.as(TestUsers.ADMIN, () -> mappings.map(OFFICERS, Role.OFFICER, division));
        var name = person("นางสาวมาลี ศรีเมือง", OFFICERS, OTHERS);

        var client = new SignInClient(port);
        assertThat(SignInClient.redirect(client.signIn(name, PASSWORD))).isEqualTo("/");
        assertThat(client.signedIn()).isTrue();

        var me = testUsers.as(name, () -> users.me());
        assertThat(me.fullName()).isEqualTo("นางสาวมาลี ศรีเมือง");
        assertThat(me.role()).isEqualTo(Role.OFFICER);
        var user = (TidtamUser) attempt(name, PASSWORD, "10.40.0.1").getPrincipal();
        assertThat(user.agencyId()).isEqualTo(division);
        assertThat(user.source()).isEqualTo(AccountSource.LDAP);
        var trail = testUsers.as(TestUsers.ADMIN, () -> audit.find(
                new AuditFilter(name, "Session", null, null, null), PageRequest.of(0, 20)));
        assertThat(trail).filteredOn(e -> e.getAction() == AuditAction.LOGIN_SUCCESS).hasSize(2);
    }

    @Test
    void a_change_of_directory_groups_changes_the_role_at_the_next_sign_in() throws Exception {
        var division = agencyOf(TestUsers.OFFICER);
        var office = agencyOf(TestUsers.HEAD);
        testUsers.as(TestUsers.ADMIN, () -> {
            mappings.map(OFFICERS, Role.OFFICER, division);
            mappings.map(HEADS, Role.HEAD, office);
        });
        var name = person("นายสมศักดิ์ รักงาน", OFFICERS);
        assertThat(((TidtamUser) attempt(name, PASSWORD, "10.40.0.2").getPrincipal()).role()).isEqualTo(Role.OFFICER);

        DIRECTORY.modify("cn=" + OFFICERS + ",ou=groups," + BASE,
                new Modification(ModificationType.DELETE, "member", dn(name)));
        DIRECTORY.modify("cn=" + HEADS + ",ou=groups," + BASE,
                new Modification(ModificationType.ADD, "member", dn(name)));

        var again = (TidtamUser) attempt(name, PASSWORD, "10.40.0.2").getPrincipal();
        assertThat(again.role()).isEqualTo(Role.HEAD);
        assertThat(again.agencyId()).isEqualTo(office);
    }

    @Test
    void a_directory_user_in_no_mapped_group_is_refused_with_its_own_message_and_gets_no_account() {
        var name = person("นายไม่มี สิทธิ์", OTHERS);
        assertThatThrownBy(() -> attempt(name, PASSWORD, "10.40.0.3")).isInstanceOf(NoMappedGroupException.class);

        var client = new SignInClient(port);
        assertThat(SignInClient.redirect(client.signIn(name, PASSWORD))).isEqualTo("/login?unmapped");
        assertThat(testUsers.as(TestUsers.ADMIN, () -> users.count(new UserFilter(name, null, null)))).isZero();
    }

    @Test
    void wrong_directory_passwords_are_throttled_like_local_ones() {
        testUsers.as(TestUsers.ADMIN, () -> mappings.map(OFFICERS, Role.OFFICER, agencyOf(TestUsers.OFFICER)));
        var name = person("นางสาวลืม รหัส", OFFICERS);
        for (int i = 1; i <= 5; i++) {
            assertThatThrownBy(() -> attempt(name, "wrong-password-1", "10.40.0.4"))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt(name, PASSWORD, "10.40.9.9")).isInstanceOf(LoginThrottledException.class);
        var trail = testUsers.as(TestUsers.ADMIN, () -> audit.find(
                new AuditFilter(name, "Session", null, null, null), PageRequest.of(0, 20)));
        assertThat(trail).filteredOn(e -> e.getAction() == AuditAction.LOGIN_FAILURE).hasSize(5);
        assertThat(trail).filteredOn(e -> e.getAction() == AuditAction.LOGIN_LOCKED).isNotEmpty();
    }

    @Test
    void a_disabled_directory_account_is_refused_and_cannot_set_a_local_password() {
        testUsers.as(TestUsers.ADMIN, () -> mappings.map(OFFICERS, Role.OFFICER, agencyOf(TestUsers.OFFICER)));
        var name = person("นายปิด บัญชี", OFFICERS);
        var user = (TidtamUser) attempt(name, PASSWORD, "10.40.0.5").getPrincipal();
        assertThatThrownBy(() -> testUsers.as(name, () -> users.changeOwnPassword(PASSWORD, "Local-pass-2569")))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.external"));

        testUsers.as(TestUsers.ADMIN, () -> users.setEnabled(user.id(), false));
        assertThatThrownBy(() -> attempt(name, PASSWORD, "10.40.0.5")).isInstanceOf(DisabledException.class);
    }

    @Test
    void local_accounts_keep_signing_in_beside_the_directory_and_the_directory_cannot_take_one_over() throws Exception {
        assertThat(attempt(TestUsers.COORDINATOR, "Tidtam-2569", "10.40.0.6").isAuthenticated()).isTrue();
        // the directory has a person of the same name as a local account: the local password still decides
        testUsers.as(TestUsers.ADMIN, () -> mappings.map(OFFICERS, Role.OFFICER, agencyOf(TestUsers.OFFICER)));
        add(TestUsers.HEAD, "ผู้แอบอ้าง", OFFICERS);
        assertThatThrownBy(() -> attempt(TestUsers.HEAD, PASSWORD, "10.40.0.7"))
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void with_local_sign_in_switched_off_only_the_directory_signs_people_in(
            @Autowired org.springframework.security.core.userdetails.UserDetailsService accounts,
            @Autowired org.springframework.security.crypto.password.PasswordEncoder encoder,
            @Autowired LoginThrottle throttle, @Autowired org.springframework.context.ApplicationEventPublisher events,
            @Autowired DirectorySignIn directory, @Autowired ExternalAccounts externalAccounts) {
        var directoryOnly = new ThrottlingAuthenticationProvider(accounts, encoder, throttle, events, false, directory,
                externalAccounts);
        testUsers.as(TestUsers.ADMIN, () -> mappings.map(OFFICERS, Role.OFFICER, agencyOf(TestUsers.OFFICER)));
        var name = person("นางสาวไดเรกทอรี เท่านั้น", OFFICERS);

        assertThatThrownBy(() -> directoryOnly.authenticate(token(TestUsers.COORDINATOR, "Tidtam-2569", "10.40.0.8")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(directoryOnly.authenticate(token(name, PASSWORD, "10.40.0.8")).isAuthenticated()).isTrue();
    }

    @Test
    void a_directory_that_cannot_be_reached_is_said_to_be_down_and_local_accounts_still_sign_in() {
        DIRECTORY.shutDown(true);
        try {
            assertThat(SignInClient.redirect(new SignInClient(port).signIn("d-nobody-here", PASSWORD)))
                    .isEqualTo("/login?directory-unavailable");
            assertThat(SignInClient.redirect(new SignInClient(port).signIn(TestUsers.COORDINATOR, "Tidtam-2569")))
                    .isEqualTo("/");
        } finally {
            try {
                DIRECTORY.startListening();
            } catch (com.unboundid.ldap.sdk.LDAPException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    private Authentication attempt(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return signIn.authenticate(token);
    }

    private Long agencyOf(String username) {
        return testUsers.as(TestUsers.ADMIN, () -> users.find(new UserFilter(username, null, null), PageRequest.of(0, 10))
                .stream().filter(u -> u.username().equals(username)).findFirst()
                .map(u -> users.get(u.id()).agencyId()).orElseThrow());
    }

    /** A new person in the directory, in these groups; answers their name. */
    private static String person(String fullName, String... groups) {
        var name = "d" + UUID.randomUUID().toString().substring(0, 8);
        try {
            add(name, fullName, groups);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return name;
    }

    private static void add(String name, String fullName, String... groups) throws Exception {
        DIRECTORY.add("dn: " + dn(name), "objectClass: inetOrgPerson", "uid: " + name, "cn: " + fullName,
                "sn: " + name, "mail: " + name + "@bangkok.go.th", "telephoneNumber: 02-224-1234",
                "userPassword: " + PASSWORD);
        for (var group : groups) {
            DIRECTORY.modify("cn=" + group + ",ou=groups," + BASE,
                    new Modification(ModificationType.ADD, "member", dn(name)));
        }
    }

    private static String dn(String name) {
        return "uid=" + name + ",ou=people," + BASE;
    }

    private static InMemoryDirectoryServer start() {
        try {
            var config = new InMemoryDirectoryServerConfig(BASE);
            // a port of its own rather than 0: stopped and started again, the directory is back where the portal looks
            int port;
            try (var socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", port));
            config.setSchema(null); // inetOrgPerson and groupOfNames without a schema to check them against
            var server = new InMemoryDirectoryServer(config);
            server.add("dn: " + BASE, "objectClass: domain", "dc: bangkok");
            server.add("dn: ou=people," + BASE, "objectClass: organizationalUnit", "ou: people");
            server.add("dn: ou=groups," + BASE, "objectClass: organizationalUnit", "ou: groups");
            for (var group : new String[] {OFFICERS, HEADS, OTHERS}) {
                // a groupOfNames needs a member: the directory's own administrator stands in
                server.add("dn: cn=" + group + ",ou=groups," + BASE, "objectClass: groupOfNames", "cn: " + group,
                        "member: cn=directory-admin," + BASE);
            }
            server.startListening();
            return server;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
