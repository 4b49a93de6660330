package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A navigation that failed unexpectedly: a message and a reference, never a stack trace. */
@AnonymousAllowed
class ErrorView extends VerticalLayout implements HasErrorParameter<Exception>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        removeAll();
        addClassName("error-view");
        var expected = UiErrors.messageFor(parameter.getCaughtException());
        if (expected.isPresent()) {
            add(new H2(getTranslation("error.title")), new Paragraph(expected.get()), home());
            return HttpServletResponse.SC_BAD_REQUEST;
        }
        var reference = ErrorHandling.newReference();
        log.error("Unexpected error opening {}, reference {}", event.getLocation().getPath(), reference,
                parameter.getCaughtException());
        add(new H2(getTranslation("error.title")), new Paragraph(getTranslation("error.unexpected", reference)), home());
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("error.title");
    }

    private Anchor home() {
        return new Anchor("", getTranslation("error.backHome"));
    }
}
