package th.go.bangkok.tidtam;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import th.go.bangkok.tidtam.base.ThaiDates;

/**
 * The test context's clock: the real time unless a test sets it (reporting months depend on "now"); a test that
 * sets it resets it afterwards.
 */
public class TestClock extends Clock {

    private volatile Instant fixed;

    public void set(Instant instant) {
        this.fixed = instant;
    }

    public void reset() {
        this.fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ThaiDates.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        var now = fixed;
        return now != null ? now : Instant.now();
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("test")
    static class Config {
        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
