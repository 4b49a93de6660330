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
import jakarta.annotation.security.PermitAll;
import th.go.bangkok.tidtam.base.NotFoundException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.report.FormService;

/**
 * /verify/{reference}, where the QR code of a printed form leads: whether that printout still matches the project
 * as it is now, and if not, which fields of the form changed since. Only someone who may view the project learns
 * anything; everyone else reads "not found or not permitted".
 */
@Route("verify/:reference")
@PermitAll
class VerifyView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final FormService forms;

    VerifyView(FormService forms) {
        this.forms = forms;
        addClassName("verify-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var reference = event.getRouteParameters().get("reference").orElse("");
        add(new H2(getTranslation("verify.title", reference)));
        try {
            var result = forms.verify(reference);
            var verdict = new Div(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("verify.matches")));
            if (!result.matches()) {
                verdict = new Div(VaadinIcon.WARNING.create(), new Span(getTranslation("verify.changed")));
            }
            verdict.addClassNames("verify-verdict", result.matches() ? "verify-matches" : "verify-changed");
            add(verdict, new Paragraph(getTranslation("verify.printed", result.projectCode(), result.projectName(),
                    ThaiDates.formatDateTime(result.printedAt()), result.printedBy())));
            if (!result.matches()) {
                var list = new UnorderedList();
                result.changedFields().forEach(field -> list.add(new ListItem(field)));
                add(new Paragraph(getTranslation("verify.changedFields")), list);
            }
            var printAgain = new Anchor("projects/" + result.projectCode() + "/form.pdf", getTranslation("verify.printAgain"));
            printAgain.setRouterIgnore(true);
            printAgain.setTarget("_blank");
            add(new Anchor("projects/" + result.projectCode(), getTranslation("verify.openProject")), printAgain);
        } catch (NotFoundException e) {
            var none = new Paragraph(getTranslation("error.notFoundOrNotPermitted"));
            none.addClassName("verify-unknown");
            add(none);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.pageTitle");
    }
}
