package th.go.bangkok.tidtam.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.project.ProjectNavigation;
import th.go.bangkok.tidtam.report.FormService;
import th.go.bangkok.tidtam.security.SecurityNavigation;

/**
 * /verify/{reference}, where the QR code of a printed form leads: whether that printout still matches the project
 * as it is now. Anyone, signed in or not, learns that, with the project's code and name and when it was printed;
 * someone who may view the project also sees who printed it, which fields changed since, and links to the project.
 */
// without the signed-in layout (its menu is for accounts): the QR code is scanned by people without one
@Route(value = "verify/:reference", autoLayout = false)
@com.vaadin.flow.server.auth.AnonymousAllowed
class VerifyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FormService forms;

    private final com.vaadin.flow.spring.security.AuthenticationContext authentication;

    VerifyView(FormService forms, com.vaadin.flow.spring.security.AuthenticationContext authentication) {
        this.forms = forms;
        this.authentication = authentication;
        addClassName("verify-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var reference = event.getRouteParameters().get("reference").orElse("");
        add(new H2(getTranslation("verify.title", reference)));
        if (authentication.isAuthenticated()) {
            try {
                full(forms.verify(reference));
                return;
            } catch (NotFoundException notTheirs) {
                // not a project they may view: what anyone may learn, below
            }
        }
        try {
            var result = forms.publicCheck(reference);
            add(verdict(result.matches()), new Paragraph(getTranslation("verify.printedPublic", result.projectCode(),
                    result.projectName(), ThaiDates.formatDateTime(result.printedAt()))));
            if (!authentication.isAuthenticated()) {
                add(new Anchor(SecurityNavigation.LOGIN, getTranslation("verify.signInForDetails")));
            }
        } catch (NotFoundException e) {
            var none = new Paragraph(getTranslation("verify.unknown"));
            none.addClassName("verify-unknown");
            add(none);
        }
    }

    private Div verdict(boolean matches) {
        var verdict = matches ? new Div(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("verify.matches")))
                : new Div(VaadinIcon.WARNING.create(), new Span(getTranslation("verify.changed")));
        verdict.addClassNames("verify-verdict", matches ? "verify-matches" : "verify-changed");
        return verdict;
    }

    private void full(th.go.bangkok.tidtam.report.Verification result) {
        add(verdict(result.matches()), new Paragraph(getTranslation("verify.printed", result.projectCode(),
                result.projectName(), ThaiDates.formatDateTime(result.printedAt()), result.printedBy())));
        if (!result.matches()) {
            var list = new UnorderedList();
            result.changedFields().forEach(field -> list.add(new ListItem(field)));
            add(new Paragraph(getTranslation("verify.changedFields")), list);
        }
        var printAgain = new Anchor(ProjectNavigation.form(result.projectCode()), getTranslation("verify.printAgain"));
        printAgain.setRouterIgnore(true);
        printAgain.setTarget("_blank");
        add(new Anchor(ProjectNavigation.project(result.projectCode()), getTranslation("verify.openProject")), printAgain);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.pageTitle");
    }
}
