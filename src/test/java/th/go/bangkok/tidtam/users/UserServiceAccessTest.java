package th.go.bangkok.tidtam.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import th.go.bangkok.tidtam.Access;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.security.Role;

/** Every UserService method against every role and anonymous: allowed or denied, proven. */
@IntegrationTest
class UserServiceAccessTest {

    @Autowired
    UserService users;
    @Autowired
    TestUsers testUsers;
    @Autowired
    AppUserRepository repository;

    static Stream<Arguments> matrix() {
        return Access.matrix(Map.ofEntries(
                Map.entry("find", Access.ADMIN_ONLY),
                Map.entry("count", Access.ADMIN_ONLY),
                Map.entry("forEach", Access.ADMIN_ONLY),
                Map.entry("get", Access.ADMIN_ONLY),
                Map.entry("create", Access.ADMIN_ONLY),
                Map.entry("update", Access.ADMIN_ONLY),
                Map.entry("setEnabled", Access.ADMIN_ONLY),
                Map.entry("resetPassword", Access.ADMIN_ONLY),
                Map.entry("changeOwnPassword", Access.SIGNED_IN),
                Map.entry("setOwnLanguage", Access.SIGNED_IN),
                Map.entry("me", Access.SIGNED_IN),
                Map.entry("recipients", Access.SIGNED_IN),
                Map.entry("recipientById", Access.SIGNED_IN),
                Map.entry("recipientByUsername", Access.SIGNED_IN)));
    }

    @ParameterizedTest(name = "{0} → {1}: allowed={2}")
    @MethodSource("matrix")
    void each_role_is_allowed_or_denied_each_user_action(String user, String action, boolean allowed) {
        long scratch = scratchUser();
        long before = repository.count();
        var current = testUsers.as(TestUsers.ADMIN, () -> users.get(scratch));
        Runnable call = switch (action) {
            case "find" -> () -> users.find(UserFilter.none(), PageRequest.of(0, 10));
            case "count" -> () -> users.count(UserFilter.none());
            case "forEach" -> () -> users.forEach(UserFilter.none(), item -> { });
            case "get" -> () -> users.get(scratch);
            case "create" -> () -> users.create(data("new-" + shortId(), Role.COORDINATOR), "Str0ng-Password");
            case "update" -> () -> users.update(scratch, withName(current, "ชื่อใหม่ " + shortId()));
            case "setEnabled" -> () -> users.setEnabled(scratch, false);
            case "resetPassword" -> () -> users.resetPassword(scratch, "An0ther-Secret");
            // a wrong current password: security passed when the rule, not the guard, refuses it
            case "changeOwnPassword" -> () -> {
                try {
                    users.changeOwnPassword("not-my-password", "Brand-new-pass1");
                } catch (th.go.bangkok.tidtam.base.BusinessRuleException expected) {
                    assertThat(expected.messageKey()).isEqualTo("password.currentWrong");
                }
            };
            case "setOwnLanguage" -> () -> users.setOwnLanguage("th");
            case "me" -> () -> assertThat(users.me().username()).isEqualTo(user);
            case "recipients" -> () -> users.recipients(Role.HEAD, scratch);
            case "recipientById" -> () -> users.recipient(scratch);
            case "recipientByUsername" -> () -> assertThat(users.recipient("officer")).hasSize(1);
            default -> throw new IllegalArgumentException(action);
        };
        Access.check(testUsers, user, allowed, call);
        if (!allowed) {
            assertThat(repository.count()).as("a denied call writes nothing").isEqualTo(before);
            var unchanged = testUsers.as(TestUsers.ADMIN, () -> users.get(scratch));
            assertThat(unchanged.enabled()).isTrue();
            assertThat(unchanged.fullName()).isEqualTo("ผู้ใช้ทดสอบ");
        }
    }

    private long scratchUser() {
        return testUsers.as(TestUsers.ADMIN, () -> users.create(data("scratch-" + shortId(), Role.COORDINATOR),
                "Scratch-pass-2569"));
    }

    static UserData data(String username, Role role) {
        return new UserData(username, "ผู้ใช้ทดสอบ", "นักวิเคราะห์", "1460", username + "@bangkok.go.th", role, null,
                true, 0);
    }

    static UserData withName(UserData d, String fullName) {
        return new UserData(d.username(), fullName, d.position(), d.phone(), d.email(), d.role(), d.agencyId(),
                d.enabled(), d.version());
    }

    static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
