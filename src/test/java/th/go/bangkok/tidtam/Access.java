package th.go.bangkok.tidtam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

/**
 * The role × action matrices: every action is called by every role and by nobody; a denial must be a
 * security exception, an allowed call must get past security (it may still meet a business rule).
 */
public final class Access {

    public static final List<String> EVERYONE = List.of(TestUsers.ANONYMOUS, TestUsers.OFFICER,
            TestUsers.OFFICER_OTHER_OFFICE, TestUsers.HEAD, TestUsers.COORDINATOR, TestUsers.ADMIN);
    public static final Set<String> SIGNED_IN = Set.of(TestUsers.OFFICER, TestUsers.OFFICER_OTHER_OFFICE,
            TestUsers.HEAD, TestUsers.COORDINATOR, TestUsers.ADMIN);
    public static final Set<String> ADMIN_ONLY = Set.of(TestUsers.ADMIN);

    private Access() {
    }

    /** (user, action, allowed) for every user and every action of the table. */
    public static Stream<Arguments> matrix(Map<String, Set<String>> allowedByAction) {
        return allowedByAction.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .flatMap(e -> EVERYONE.stream().map(user -> Arguments.of(user, e.getKey(), e.getValue().contains(user))));
    }

    public static void check(TestUsers users, String user, boolean allowed, Runnable action) {
        Throwable thrown = null;
        try {
            users.as(user, action);
        } catch (Throwable t) {
            thrown = t;
        }
        boolean denied = thrown instanceof AccessDeniedException || thrown instanceof AuthenticationException;
        if (allowed && denied) {
            fail(user + " should be allowed but was denied: " + thrown);
        }
        if (!allowed) {
            assertThat(thrown).as(user + " must be denied").isNotNull();
            assertThat(denied).as(user + " must be denied by security, but got " + thrown).isTrue();
        }
    }
}
