package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * "Not found or not permitted": a page that does not exist and one this user may not open look the same,
 * so an address tells nobody what lies behind it.
 */
@AnonymousAllowed
class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>,
        HasDynamicTitle {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(this);
        return HttpServletResponse.SC_NOT_FOUND;
    }

    /** A screen reader's first words on the page, and the tab's name (WCAG 2.4.2). */
    @Override
    public String getPageTitle() {
        return getTranslation("error.notFound.title");
    }

    static void show(VerticalLayout page) {
        page.removeAll();
        page.addClassName("not-found-view");
        page.add(new H2(page.getTranslation("error.notFound.title")),
                new Paragraph(page.getTranslation("error.notFoundOrNotPermitted")),
                new Anchor("", page.getTranslation("error.backHome")));
    }

    /** Vaadin reports a denied view this way in development mode; users see the same page as in production. */
    @AnonymousAllowed
    static class AccessDeniedView extends VerticalLayout implements HasErrorParameter<AccessDeniedException>,
            HasDynamicTitle {

        @Override
        public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
            show(this);
            return HttpServletResponse.SC_NOT_FOUND;
        }

        @Override
        public String getPageTitle() {
            return getTranslation("error.notFound.title");
        }
    }
}
