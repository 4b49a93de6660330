package th.go.bangkok.tidtam.security.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.spring.security.SpringNavigationAccessControl;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Vaadin's view access check with a role check that reads the signed-in user's authorities; Vaadin's own runs a
 * service loader over the class path on every navigation (issue #17, decision 0018). Built by SecurityConfig.
 */
public final class AuthoritiesAccessControl extends SpringNavigationAccessControl {

    public AuthoritiesAccessControl(List<NavigationAccessChecker> checkers, AccessCheckDecisionResolver resolver) {
        super(checkers, resolver);
    }

    @Override
    public Predicate<String> getRolesChecker(VaadinRequest request) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return super.getRolesChecker(request); // a push connection: Vaadin reads the request's principal
        }
        var authorities = th.go.bangkok.tidtam.base.Authorities.of(authentication);
        return role -> role != null && authorities.contains(role.startsWith("ROLE_") ? role : "ROLE_" + role);
    }
}
