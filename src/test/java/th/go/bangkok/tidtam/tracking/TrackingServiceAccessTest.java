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
import th.go.bangkok.tidtam.base.export.ExportFormat;

/**
 * Every TrackingService and TrackingExports method: coordinators, administrators and heads (their office) in;
 * officers and nobody out. The daily digest runs as the system administrator only.
 */
@IntegrationTest
class TrackingServiceAccessTest {

    static final TrackingPeriod MARCH = new TrackingPeriod(2569, YearMonth.of(2026, 3));

    @Autowired
    TrackingService tracking;
    @Autowired
    TestUsers users;
    @Autowired
    TrackingExports exports;
    @Autowired
    ReminderDigests digests;

    static Stream<Arguments> matrix() {
        var allowed = Set.of(TestUsers.COORDINATOR, TestUsers.ADMIN, TestUsers.HEAD);
        return Access.matrix(Map.ofEntries(
                Map.entry("currentPeriod", allowed),
                Map.entry("overview", allowed),
                Map.entry("concerns", allowed),
                Map.entry("countConcerns", allowed),
                Map.entry("byDimension", allowed),
                Map.entry("completenessByMonth", allowed),
                Map.entry("export", allowed),
                Map.entry("sendDailyDigests", Set.of(TestUsers.ADMIN)),
                Map.entry("headline", allowed),
                Map.entry("byAgency", allowed),
                Map.entry("missing", allowed),
                Map.entry("countMissing", allowed),
                Map.entry("remind", allowed)));
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
            case "overview" -> () -> tracking.overview(MARCH);
            case "concerns" -> () -> tracking.concerns(MARCH, Concern.BEHIND_PLAN, null, PageRequest.of(0, 10));
            case "countConcerns" -> () -> tracking.countConcerns(MARCH, Concern.OFF_TARGET, null);
            case "byDimension" -> () -> tracking.byDimension(MARCH);
            case "completenessByMonth" -> () -> tracking.completenessByMonth(MARCH);
            case "export" -> () -> exports.write(TrackingTable.AGENCIES, MARCH, null, ExportFormat.CSV,
                    java.util.Locale.of("th"), java.io.OutputStream.nullOutputStream());
            case "sendDailyDigests" -> () -> digests.sendDailyDigests();
            case "remind" -> () -> tracking.remind(MARCH, List.of("00000000-0000"));
            default -> throw new IllegalArgumentException(action);
        };
        Access.check(users, user, allowed, call);
    }
}
