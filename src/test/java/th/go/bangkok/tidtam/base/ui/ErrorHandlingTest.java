package th.go.bangkok.tidtam.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class ErrorHandlingTest {

    @Test
    void a_broken_pipe_anywhere_in_the_chain_means_the_browser_went_away() {
        var wrapped = new UncheckedIOException(new IOException("Broken pipe"));
        assertThat(ErrorHandling.clientWentAway(wrapped)).isTrue();
    }

    @Test
    void other_failures_are_real_errors_to_report() {
        assertThat(ErrorHandling.clientWentAway(new IllegalStateException("boom", new IOException("disk full"))))
                .isFalse();
        assertThat(ErrorHandling.clientWentAway(new NullPointerException())).isFalse();
    }
}
