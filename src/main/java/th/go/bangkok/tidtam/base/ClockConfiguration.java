package th.go.bangkok.tidtam.base;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Everything that needs "now" takes this clock, so tests can move time (reporting months depend on it). */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(ThaiDates.ZONE);
    }
}
