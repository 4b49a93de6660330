package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A navigation that failed unexpectedly: a message and a reference, never a stack trace. */
@AnonymousAllowed
class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    private final AuthenticationContext authentication;

    ErrorView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        var expected = UiErrors.messageFor(parameter.getCaughtException());
        if (expected.isPresent()) {
            return ErrorPage.show(this, event, authentication, "error-view", "error.title", expected.get(),
                    UiErrors.status(parameter.getCaughtException()));
        }
        var reference = ErrorHandling.newReference();
        ErrorHandling.logUnexpected(reference, event.getLocation().getPath(), () -> log.error(
                "Unexpected error opening {}, reference {}", event.getLocation().getPath(), reference,
                parameter.getCaughtException()));
        return ErrorPage.show(this, event, authentication, "error-view", "error.title", getTranslation("error.unexpected", reference),
                HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    }

    /** A screen reader's first words on the page, and the tab's name (WCAG 2.4.2). */
    @Override
    public String getPageTitle() {
        return getTranslation("error.title");
    }
}
