package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.base.Messages;

/**
 * Vaadin's own notices (an internal error, cookies are off, the screen is out of sync) and its "reconnecting" line,
 * in the user's language instead of Vaadin's English. Without a session's language Vaadin passes the browser's, and
 * anything but English reads Thai. An expired session shows no notice: the page reloads onto the sign-in.
 */
@Component
class SystemTexts implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> messages(info.getLocale()));
        event.getSource().addUIInitListener(init -> {
            var reconnect = init.getUI().getReconnectDialogConfiguration();
            reconnect.setDialogText(init.getUI().getTranslation("system.reconnecting"));
            reconnect.setDialogTextGaveUp(init.getUI().getTranslation("system.offline"));
        });
    }

    static CustomizedSystemMessages messages(Locale locale) {
        var messages = new CustomizedSystemMessages();
        messages.setInternalErrorCaption(Messages.get(locale, "system.internalError.caption"));
        messages.setInternalErrorMessage(Messages.get(locale, "system.internalError.message"));
        messages.setCookiesDisabledCaption(Messages.get(locale, "system.cookiesDisabled.caption"));
        messages.setCookiesDisabledMessage(Messages.get(locale, "system.cookiesDisabled.message"));
        messages.setSyncErrorCaption(Messages.get(locale, "system.syncError.caption"));
        messages.setSyncErrorMessage(Messages.get(locale, "system.syncError.message"));
        return messages;
    }
}
