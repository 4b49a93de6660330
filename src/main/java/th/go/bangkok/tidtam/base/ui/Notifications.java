package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages at the bottom of the screen: success fades, errors stay until closed. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        var n = Notification.show(text, 3000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        var n = new Notification(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        n.getElement().getStyle().set("white-space", "pre-line");
        n.open();
    }
}
