package th.go.bangkok.tidtam.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.List;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The sign-in page is of no use once its user is signed in: its UI is closed when the first page after sign-in opens
 * in the same session, instead of staying until its heartbeats stop (about 15 minutes), which kept two UIs in every
 * session (issue #17, measured by load/run.sh as the UI count per session).
 */
@Component
class SignInPageCleanup implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null || !authentication.isAuthenticated()
                    || authentication instanceof AnonymousAuthenticationToken) {
                return;
            }
            var ui = init.getUI();
            for (var other : List.copyOf(ui.getSession().getUIs())) {
                if (other != ui && showsSignIn(other)) {
                    other.close();
                }
            }
        });
    }

    private static boolean showsSignIn(UI ui) {
        return ui.getInternals().getActiveRouterTargetsChain().stream().anyMatch(LoginView.class::isInstance);
    }
}
