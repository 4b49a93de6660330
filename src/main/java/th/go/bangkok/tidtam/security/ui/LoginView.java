package th.go.bangkok.tidtam.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import th.go.bangkok.tidtam.base.DemoMode;
import th.go.bangkok.tidtam.security.SecurityNavigation;
import th.go.bangkok.tidtam.security.SignInHint;
import th.go.bangkok.tidtam.security.SignInMethods;
import th.go.bangkok.tidtam.base.ui.LanguageSettings;

/**
 * Sign-in. Thai labels by default, English on switch; the demo accounts are listed only in demo mode. The name and
 * password form and the button for the city's OpenID Connect sign-in are there as configured ({@link SignInMethods}).
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Why a visitor is sent back here; each has its {@code login.<reason>.title} and {@code .message}. */
    private static final String[] REASONS = {"locked", "disabled", "unmapped", "expired", "unavailable",
            "directory-unavailable", "busy", "oidc-error", "error"};

    private final AuthenticationContext authentication;
    private final SignInMethods methods;
    private final LoginForm login = new LoginForm();
    /** Where a refusal is said when there is no form to say it in (only the city's accounts sign in). */
    private final Div problem = new Div();

    LoginView(AuthenticationContext authentication, DemoMode demoMode, LanguageSettings languages,
              org.springframework.beans.factory.ObjectProvider<SignInHint> hints, SignInMethods methods) {
        this.authentication = authentication;
        this.methods = methods;
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction(SecurityNavigation.LOGIN);
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n(null));

        var title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        var subtitle = new Paragraph(getTranslation("app.subtitle.long"));
        subtitle.addClassName("login-subtitle");

        var thai = new Button("ไทย", e -> languages.switchTo("th"));
        var english = new Button("English", e -> languages.switchTo("en"));
        for (var b : new Button[] {thai, english}) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        (getLocale().getLanguage().equals("en") ? english : thai).addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        var switcher = new HorizontalLayout(thai, english);
        switcher.addClassName("language-switch");

        var card = new VerticalLayout(title, subtitle);
        if (methods.passwordForm()) {
            card.add(login);
        } else {
            problem.addClassName("login-problem");
            problem.setVisible(false);
            card.add(problem);
        }
        if (methods.cityAccount()) {
            card.add(cityAccountButton(methods.passwordForm()));
        }
        card.add(switcher);
        card.addClassName("login-card");
        card.setAlignItems(Alignment.CENTER);
        card.setSizeUndefined();
        var hint = hints.getIfAvailable();
        if (demoMode.active() && hint != null) {
            card.add(demoAccounts(hint));
        }
        add(card);
    }

    /**
     * A link, not a button: the browser leaves for the city's sign-in page (docs/decisions/0027). Under the form it
     * is set apart by "or".
     */
    private Div cityAccountButton(boolean belowForm) {
        var box = new Div();
        box.addClassName("city-account");
        if (belowForm) {
            var or = new Span(getTranslation("login.city-account.or"));
            or.addClassName("city-account-or");
            box.add(or);
        }
        var link = new Anchor(SecurityNavigation.CITY_ACCOUNT, getTranslation("login.city-account"));
        link.setRouterIgnore(true);
        link.addClassName("city-account-button");
        box.add(link);
        return box;
    }

    private Div demoAccounts(SignInHint hint) {
        var box = new Div();
        box.addClassName("demo-accounts");
        box.add(new Span(getTranslation("login.demo.title", hint.password())));
        var list = new Div();
        for (var username : hint.usernames()) {
            var row = new Span(username + " · " + getTranslation("login.demo.role." + username));
            row.addClassName("demo-user");
            list.add(row);
        }
        box.add(list);
        return box;
    }

    private LoginI18n i18n(String errorKey) {
        var i18n = LoginI18n.createDefault();
        var form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword("");
        var error = i18n.getErrorMessage();
        var key = errorKey == null ? "error" : errorKey;
        error.setTitle(getTranslation("login." + key + ".title"));
        error.setMessage(message(key));
        error.setUsername(getTranslation("login.username.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        for (var reason : REASONS) {
            if (parameters.containsKey(reason)) {
                if (methods.passwordForm()) {
                    login.setI18n(i18n(reason));
                    login.setError(true);
                } else {
                    problem.removeAll();
                    problem.add(new H2(getTranslation("login." + reason + ".title")), new Paragraph(message(reason)));
                    problem.setVisible(true);
                }
                return;
            }
        }
    }

    /** The reason's message; when the city's accounts are down, also that the portal's own accounts still work. */
    private String message(String reason) {
        var message = getTranslation("login." + reason + ".message");
        return reason.equals("directory-unavailable") && methods.localAccounts()
                ? message + " " + getTranslation("login.directory-unavailable.local") : message;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
