package th.go.bangkok.tidtam.demo;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.base.DemoMode;

/**
 * Readiness ({@code demoData} in the readiness group): in demo mode the portal is ready once the demo data is
 * all there, which its marker row says; outside demo mode there is nothing to wait for.
 */
@Component("demoDataHealthIndicator")
class DemoDataHealth implements HealthIndicator {

    private final DemoMode demoMode;
    private final DemoLoadMarker marker;

    DemoDataHealth(DemoMode demoMode, DemoLoadMarker marker) {
        this.demoMode = demoMode;
        this.marker = marker;
    }

    @Override
    public Health health() {
        if (!demoMode.active()) {
            return Health.up().build();
        }
        // the row is written in the load's own transaction: nobody else sees it before all the data is there
        return marker.outcome().isPresent() ? Health.up().build() : Health.down().build();
    }
}
