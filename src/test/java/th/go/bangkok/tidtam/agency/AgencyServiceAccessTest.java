package th.go.bangkok.tidtam.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.Access;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;

/** Every AgencyService method against every role and anonymous. */
@IntegrationTest
class AgencyServiceAccessTest {

    @Autowired
    AgencyService agencies;
    @Autowired
    AgencyRepository repository;
    @Autowired
    TestUsers testUsers;

    static Stream<Arguments> matrix() {
        return Access.matrix(Map.of(
                "offices", Access.SIGNED_IN,
                "children", Access.SIGNED_IN,
                "all", Access.SIGNED_IN,
                "find", Access.SIGNED_IN,
                "path", Access.SIGNED_IN,
                "createOffice", Access.ADMIN_ONLY,
                "createChild", Access.ADMIN_ONLY,
                "update", Access.ADMIN_ONLY,
                "delete", Access.ADMIN_ONLY,
                "reload", Access.ADMIN_ONLY));
    }

    @ParameterizedTest(name = "{0} → {1}: allowed={2}")
    @MethodSource("matrix")
    void each_role_is_allowed_or_denied_each_agency_action(String user, String action, boolean allowed) {
        long office = testUsers.as(TestUsers.ADMIN, () -> agencies.createOffice(
                new AgencyData(freeCode(), "สำนักทดสอบ " + UUID.randomUUID(), null, 0)));
        long before = repository.count();
        var version = testUsers.as(TestUsers.ADMIN, () -> agencies.find(office).orElseThrow().version());
        Runnable call = switch (action) {
            case "offices" -> () -> assertThat(agencies.offices()).isNotEmpty();
            case "children" -> () -> agencies.children(office);
            case "all" -> () -> assertThat(agencies.all()).isNotEmpty();
            case "find" -> () -> assertThat(agencies.find(office)).isPresent();
            case "path" -> () -> assertThat(agencies.path(office)).startsWith("สำนักทดสอบ");
            case "createOffice" -> () -> agencies.createOffice(new AgencyData(freeCode(), "สำนักใหม่", null, 0));
            case "createChild" -> () -> agencies.createChild(office, new AgencyData(null, "กองใหม่", null, 0));
            case "update" -> () -> agencies.update(office, new AgencyData(freeCode(), "สำนักทดสอบ เปลี่ยนชื่อ", null, version));
            case "delete" -> () -> agencies.delete(office);
            case "reload" -> agencies::reload;
            default -> throw new IllegalArgumentException(action);
        };
        Access.check(testUsers, user, allowed, call);
        if (!allowed) {
            assertThat(repository.count()).as("a denied call writes nothing").isEqualTo(before);
            assertThat(repository.findById(office).orElseThrow().getNameTh()).startsWith("สำนักทดสอบ ");
        }
    }

    /** An unused 8-digit code starting with 9, so tests never collide with real offices. */
    static String freeCode() {
        return "9" + String.format("%07d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 10_000_000L));
    }
}
