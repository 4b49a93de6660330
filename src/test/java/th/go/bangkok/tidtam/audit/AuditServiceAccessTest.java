package th.go.bangkok.tidtam.audit;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import th.go.bangkok.tidtam.Access;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;

/** Reading the audit trail is for administrators only. */
@IntegrationTest
class AuditServiceAccessTest {

    @Autowired
    AuditService audit;
    @Autowired
    TestUsers testUsers;

    static Stream<Arguments> matrix() {
        return Access.matrix(Map.of("find", Access.ADMIN_ONLY, "count", Access.ADMIN_ONLY));
    }

    @ParameterizedTest(name = "{0} → {1}: allowed={2}")
    @MethodSource("matrix")
    void only_administrators_read_the_audit_trail(String user, String action, boolean allowed) {
        Runnable call = switch (action) {
            case "find" -> () -> audit.find(AuditFilter.none(), PageRequest.of(0, 5));
            case "count" -> () -> audit.count(AuditFilter.none());
            default -> throw new IllegalArgumentException(action);
        };
        Access.check(testUsers, user, allowed, call);
    }
}
