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
        assertThat(TriesInFlight.fits(inFlight.enter("account:7", "10.0.0.1"), twoLeft)).isTrue();
        assertThat(TriesInFlight.fits(inFlight.enter("account:7", "10.0.0.2"), twoLeft)).isTrue();
        var third = inFlight.enter("account:7", "10.0.0.3");
        assertThat(TriesInFlight.fits(third, twoLeft)).as("a third, from anywhere").isFalse();
        inFlight.exit("account:7", "10.0.0.3");
        assertThat(TriesInFlight.fits(inFlight.enter("account:8", "10.0.0.3"), twoLeft)).as("another account").isTrue();
        inFlight.exit("account:7", "10.0.0.1");
        assertThat(TriesInFlight.fits(inFlight.enter("account:7", "10.0.0.3"), twoLeft))
                .as("one ended: its place is free").isTrue();
    }

    @Test
    void an_address_is_held_to_what_it_may_still_fail_only_while_it_is_watched() {
        var inFlight = new TriesInFlight();
        var officeAddress = new Standing(Optional.empty(), 5, 2, false);
        for (int i = 0; i < 6; i++) {
            assertThat(TriesInFlight.fits(inFlight.enter("account:" + i, "10.0.0.9"), officeAddress))
                    .as("an office's address not watched: everyone there signs in").isTrue();
        }
        var watched = new Standing(Optional.empty(), 5, 7, true);
        assertThat(TriesInFlight.fits(inFlight.enter("account:20", "10.0.0.9"), watched)).as("seventh in the air")
                .isTrue();
        assertThat(TriesInFlight.fits(inFlight.enter("account:21", "10.0.0.9"), watched)).as("eighth").isFalse();
        assertThat(TriesInFlight.fits(inFlight.enter("account:22", null), watched)).as("no address").isTrue();
    }

    @Test
    void exited_tries_leave_nothing_behind() {
        var inFlight = new TriesInFlight();
        inFlight.enter("account:1", "10.0.0.1");
        inFlight.enter("account:1", "10.0.0.1");
        inFlight.enter("name:nobody", null);
        assertThat(inFlight.size()).isEqualTo(3);
        inFlight.exit("account:1", "10.0.0.1");
        inFlight.exit("account:1", "10.0.0.1");
        inFlight.exit("name:nobody", null);
        assertThat(inFlight.size()).isZero();
    }
}
