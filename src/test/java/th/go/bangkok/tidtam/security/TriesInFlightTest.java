package th.go.bangkok.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import th.go.bangkok.tidtam.security.LoginThrottle.Standing;
import th.go.bangkok.tidtam.security.ThrottlingAuthenticationProvider.TriesInFlight;

class TriesInFlightTest {

    @Test
    void an_account_has_no_more_tries_in_the_air_than_it_may_still_fail() {
        var inFlight = new TriesInFlight();
        var twoLeft = new Standing(Optional.empty(), 2, 20, false);
        assertThat(inFlight.begin("account:7", "10.0.0.1", twoLeft)).isTrue();
        assertThat(inFlight.begin("account:7", "10.0.0.2", twoLeft)).isTrue();
        assertThat(inFlight.begin("account:7", "10.0.0.3", twoLeft)).as("a third, from anywhere").isFalse();
        assertThat(inFlight.begin("account:8", "10.0.0.3", twoLeft)).as("another account").isTrue();
        inFlight.end("account:7", "10.0.0.1");
        assertThat(inFlight.begin("account:7", "10.0.0.3", twoLeft)).as("one ended: its place is free").isTrue();
    }

    @Test
    void an_address_is_held_to_what_it_may_still_fail_only_once_it_has_failed_lately() {
        var inFlight = new TriesInFlight();
        var officeAddress = new Standing(Optional.empty(), 5, 2, false);
        for (int i = 0; i < 6; i++) {
            assertThat(inFlight.begin("account:" + i, "10.0.0.9", officeAddress))
                    .as("an office's address without a failure: everyone there signs in").isTrue();
        }
        var failedAddress = new Standing(Optional.empty(), 5, 7, true);
        assertThat(inFlight.begin("account:20", "10.0.0.9", failedAddress)).as("six in the air, seven left").isTrue();
        assertThat(inFlight.begin("account:21", "10.0.0.9", failedAddress)).as("seven in the air").isFalse();
        assertThat(inFlight.begin("account:21", null, failedAddress)).as("no address").isTrue();
    }

    @Test
    void ended_tries_leave_nothing_behind() {
        var inFlight = new TriesInFlight();
        var standing = new Standing(Optional.empty(), 5, 20, true);
        inFlight.begin("account:1", "10.0.0.1", standing);
        inFlight.begin("account:1", "10.0.0.1", standing);
        inFlight.begin("name:nobody", null, standing);
        inFlight.end("account:1", "10.0.0.1");
        inFlight.end("account:1", "10.0.0.1");
        inFlight.end("name:nobody", null);
        assertThat(inFlight.size()).isZero();
    }
}
