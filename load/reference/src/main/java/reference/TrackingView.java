package reference;

import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * The second page of the same kind, under another route: its own class, so that going between the two builds a new
 * view each time, as going between the portal's pages does (one class under two routes would be kept and reused).
 */
@Route("tracking")
@PermitAll
public class TrackingView extends ListView {
}
