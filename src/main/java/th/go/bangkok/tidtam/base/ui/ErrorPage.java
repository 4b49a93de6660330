package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * What every error page shows: a title, a sentence and the way home. A signed-in user sees it inside the main layout,
 * the title in the header as every page has it and the menu kept ({@link SignedInErrorView}); anyone else sees it on
 * a page of its own with the title as its heading, for the signed-in layout needs a user (issue #19).
 */
final class ErrorPage {

    private ErrorPage() {
    }

    /**
     * Shows the error on {@code page} for a visitor and returns {@code status}; for a signed-in user, hands it to
     * the error view inside the main layout, which returns the same status.
     */
    static int show(VerticalLayout page, BeforeEnterEvent event, AuthenticationContext authentication, String styleName,
                    String titleKey, String text, int status) {
        page.removeAll();
        page.addClassName(styleName);
        if (authentication.isAuthenticated()) {
            event.rerouteToError(new SignedInErrorView.Shown(styleName, titleKey, text, status), text);
            return status;
        }
        page.add(new H2(page.getTranslation(titleKey)));
        content(page, text);
        return status;
    }

    static void content(VerticalLayout page, String text) {
        page.addClassName("error-page");
        page.add(new Paragraph(text), new Anchor("", page.getTranslation("error.backHome")));
    }
}
