package th.go.bangkok.tidtam.base;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.base.db.EmbeddedDatabaseConfiguration.EmbeddedDatabase;

/**
 * Demo mode: with {@code tidtam.demo.enabled=auto} (default) only on the embedded database; {@code true}
 * (profile demo) anywhere; {@code false} never. Demo data loads only into an empty database, and the login
 * page shows the demo accounts only in this mode.
 */
@Component
public class DemoMode {

    private final boolean active;

    DemoMode(@Value("${tidtam.demo.enabled:auto}") String enabled, ObjectProvider<EmbeddedDatabase> embedded) {
        this.active = switch (enabled.strip().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> embedded.getIfAvailable() != null;
        };
    }

    public boolean active() {
        return active;
    }
}
