package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Not found or not permitted": a page that does not exist and one this user may not open look the same,
 * so an address tells nobody what lies behind it.
 */
@AnonymousAllowed
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    private final AuthenticationContext authentication;

    NotFoundView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return show(this, event, authentication);
    }

    /** A screen reader's first words on the page, and the tab's name (WCAG 2.4.2). */
    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title");
    }

    static int show(VerticalLayout page, BeforeEnterEvent event, AuthenticationContext authentication) {
        return ErrorPage.show(page, event, authentication, "not-found-view", "error.notFound.title",
                page.getTranslation("error.notFoundOrNotPermitted"), HttpServletResponse.SC_NOT_FOUND);
    }

    /** Vaadin reports a denied view this way in development mode; users see the same page as in production. */
    @AnonymousAllowed
    static class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>,
            HasDynamicTitle {

        private final AuthenticationContext authentication;

        AccessDeniedView(AuthenticationContext authentication) {
            this.authentication = authentication;
        }

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            return show(this, event, authentication);
        }

        /** A screen reader's first words on the page, and the tab's name (WCAG 2.4.2). */
        @Override
        public String getPageTitle() {
            return getTranslation("error.notFound.title");
        }
    }
}
