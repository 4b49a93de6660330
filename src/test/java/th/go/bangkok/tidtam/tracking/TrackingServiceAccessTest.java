package th.go.bangkok.tidtam.tracking;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import th.go.bangkok.tidtam.Access;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;

/** Every TrackingService method: coordinators, administrators and heads (their office) in; officers and nobody out. */
@IntegrationTest
class TrackingServiceAccessTest {

    static final TrackingPeriod MARCH = new TrackingPeriod(2569, YearMonth.of(2026, 3));

    @Autowired
    TrackingService tracking;
    @Autowired
    TestUsers users;

    static Stream<Arguments> matrix() {
        var allowed = Set.of(TestUsers.COORDINATOR, TestUsers.ADMIN, TestUsers.HEAD);
        return Access.matrix(Map.of(
                "currentPeriod", allowed,
                "headline", allowed,
                "byAgency", allowed,
                "missing", allowed,
                "countMissing", allowed,
                "remind", allowed));
    }

    @ParameterizedTest(name = "{0} → {1}: allowed={2}")
    @MethodSource("matrix")
    void each_role_is_allowed_or_denied_each_tracking_action(String user, String action, boolean allowed) {
        Runnable call = switch (action) {
            case "currentPeriod" -> () -> tracking.currentPeriod();
            case "headline" -> () -> tracking.headline(MARCH);
            case "byAgency" -> () -> tracking.byAgency(MARCH);
            case "missing" -> () -> tracking.missing(MARCH, null, PageRequest.of(0, 10));
            case "countMissing" -> () -> tracking.countMissing(MARCH, null);
            case "remind" -> () -> tracking.remind(MARCH, List.of("00000000-0000"));
            default -> throw new IllegalArgumentException(action);
        };
        Access.check(users, user, allowed, call);
    }
}
