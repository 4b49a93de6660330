package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;

/**
 * An error page for a signed-in user, inside the main layout: the menu stays, the title stands in the header like
 * every page's, and the page itself says what happened and leads home. The error views pass their errors here.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class SignedInErrorView extends VerticalLayout implements HasErrorParameter<SignedInErrorView.Shown>, HasDynamicTitle {

    /** An error already put into words by the view that caught it, to be shown in the layout. */
    static final class Shown extends RuntimeException {

        private final String styleName;
        private final String titleKey;
        private final String text;
        private final int status;

        Shown(String styleName, String titleKey, String text, int status) {
            super(titleKey, null, false, false);
            this.styleName = styleName;
            this.titleKey = titleKey;
            this.text = text;
            this.status = status;
        }
    }

    private String title = "";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Shown> parameter) {
        var shown = (Shown) parameter.getCaughtException();
        removeAll();
        addClassName(shown.styleName);
        title = getTranslation(shown.titleKey);
        ErrorPage.content(this, shown.text);
        return shown.status;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
