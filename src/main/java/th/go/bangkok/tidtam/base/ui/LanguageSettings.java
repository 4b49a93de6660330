package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Thai first, whatever the browser says. A signed-in user's choice is kept in their account and applies on
 * every device; before sign-in the choice lasts for the session.
 */
@Component
public class LanguageSettings implements VaadinServiceInitListener {

    static final String SESSION_LANGUAGE = "tidtam.language";
    static final String SESSION_LANGUAGE_OWNER = "tidtam.language.owner";

    private final AuthenticationContext authentication;
    private final SavedLanguage saved;

    LanguageSettings(AuthenticationContext authentication, SavedLanguage saved) {
        this.authentication = authentication;
        this.saved = saved;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(localeFor(init.getUI().getSession())));
    }

    private Locale localeFor(VaadinSession session) {
        var username = authentication.getPrincipalName().orElse(null);
        var owner = (String) session.getAttribute(SESSION_LANGUAGE_OWNER);
        var language = (String) session.getAttribute(SESSION_LANGUAGE);
        if (username != null && !username.equals(owner)) {
            language = saved.ofSignedInUser();
            session.setAttribute(SESSION_LANGUAGE, language);
            session.setAttribute(SESSION_LANGUAGE_OWNER, username);
        }
        var locale = TranslationProvider.supported(language);
        session.setLocale(locale);
        return locale;
    }

    /** Switches the language and reloads the page so every label follows; signed-in users keep the choice. */
    public void switchTo(String language) {
        var session = VaadinSession.getCurrent();
        var username = authentication.getPrincipalName().orElse(null);
        if (username != null) {
            saved.saveForSignedInUser(language);
        }
        session.setAttribute(SESSION_LANGUAGE, language);
        session.setAttribute(SESSION_LANGUAGE_OWNER, username);
        session.setLocale(TranslationProvider.supported(language));
        UI.getCurrent().getPage().reload();
    }
}
