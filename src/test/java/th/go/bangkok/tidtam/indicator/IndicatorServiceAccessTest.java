package th.go.bangkok.tidtam.indicator;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.Access;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;

/**
 * Every method of the indicator services (reading, targets, results) × every role: everyone signed in reads;
 * coordinators and administrators set targets and review; results come from the owning agency's officers (not
 * another office's), coordinators and administrators; heads read only; nobody signed out does anything.
 */
@IntegrationTest
class IndicatorServiceAccessTest {

    @Autowired
    IndicatorService indicators;
    @Autowired
    IndicatorResultService results;
    @Autowired
    IndicatorTargetService targets;
    @Autowired
    IndicatorFixture fixture;
    @Autowired
    TestUsers users;

    long indicator;
    long target;
    int fiscalYear;

    @BeforeEach
    void setUp() {
        fiscalYear = users.as(TestUsers.ADMIN, () -> indicators.currentQuarter()).fiscalYear();
        indicator = fixture.newIndicator("ตัวชี้วัดทดสอบสิทธิ์");
        target = fixture.target(indicator, fiscalYear, fixture.number("100", null, fixture.officerUnit()));
    }

    static Stream<Arguments> matrix() {
        var coordinating = Set.of(TestUsers.COORDINATOR, TestUsers.ADMIN);
        return Access.matrix(Map.ofEntries(
                Map.entry("currentQuarter", Access.SIGNED_IN),
                Map.entry("tree", Access.SIGNED_IN),
                Map.entry("details", Access.SIGNED_IN),
                Map.entry("evidenceFile", Access.SIGNED_IN),
                Map.entry("export", Access.SIGNED_IN),
                Map.entry("needingAttention", Set.of(TestUsers.COORDINATOR, TestUsers.ADMIN, TestUsers.HEAD)),
                Map.entry("saveTarget", coordinating),
                Map.entry("saveResult", Set.of(TestUsers.OFFICER, TestUsers.COORDINATOR, TestUsers.ADMIN)),
                Map.entry("accept", coordinating),
                Map.entry("returnForRevision", coordinating)));
    }

    @ParameterizedTest(name = "{0} → {1}: allowed={2}")
    @MethodSource("matrix")
    void each_role_is_allowed_or_denied_each_indicator_action(String user, String action, boolean allowed) {
        var quarter = users.as(TestUsers.ADMIN, () -> indicators.currentQuarter()).quarter();
        Runnable call = switch (action) {
            case "currentQuarter" -> () -> indicators.currentQuarter();
            case "tree" -> () -> indicators.tree(fiscalYear, IndicatorFilter.none());
            case "details" -> () -> indicators.details(indicator);
            case "evidenceFile" -> () -> indicators.evidenceFile(-1, -1);
            case "export" -> () -> indicators.export(fiscalYear, IndicatorFilter.none(),
                    th.go.bangkok.tidtam.base.export.ExportFormat.CSV, java.util.Locale.of("th"),
                    java.io.OutputStream.nullOutputStream());
            case "needingAttention" -> () -> indicators.needingAttention(fiscalYear);
            case "saveTarget" -> () -> targets.saveTarget(indicator, fiscalYear,
                    fixture.number("120", null, fixture.officerUnit()));
            case "saveResult" -> () -> results.saveResult(target, quarter, new ResultData("10", null, null, null, 0L),
                    List.of());
            case "accept" -> () -> results.accept(-1, 0);
            case "returnForRevision" -> () -> results.returnForRevision(-1, "เหตุผล", 0);
            default -> throw new IllegalArgumentException(action);
        };
        Access.check(users, user, allowed, call);
    }
}
