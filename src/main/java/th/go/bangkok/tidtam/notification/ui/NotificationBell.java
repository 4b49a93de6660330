package th.go.bangkok.tidtam.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.HeaderWidget;
import th.go.bangkok.tidtam.notification.NotificationService;
import th.go.bangkok.tidtam.notification.NotificationView;

/**
 * The bell in the header: the number of unread notifications, and on a click the latest ones (newest first),
 * which are then marked read. A notification leads to its page.
 */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(0) // left of the user menu
class NotificationBell implements HeaderWidget {

    private final NotificationService notifications;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public Component create() {
        var count = new Span();
        count.addClassName("bell-count");
        var bell = new Button(VaadinIcon.BELL.create());
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        bell.addClassName("notification-bell");
        var wrapper = new Div(bell, count);
        wrapper.addClassName("bell-wrapper");
        var list = new Div();
        list.addClassName("notification-list");
        var popover = new Popover();
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.add(list);
        popover.setAriaLabel(bell.getTranslation("notification.bell"));
        popover.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fill(list, popover);
                notifications.markAllRead();
                show(count, bell, 0);
            }
        });
        show(count, bell, notifications.unreadCount());
        return wrapper;
    }

    private static void show(Span count, Button bell, long unread) {
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        bell.setAriaLabel(bell.getTranslation("notification.bell") + (unread > 0 ? " (" + unread + ")" : ""));
    }

    private void fill(Div list, Popover popover) {
        list.removeAll();
        var items = notifications.mine();
        if (items.isEmpty()) {
            list.add(new Span(list.getTranslation("notification.empty")));
            return;
        }
        for (NotificationView n : items) {
            var text = new Span(list.getTranslation(n.messageKey(), n.arguments().toArray()));
            var when = new Span(ThaiDates.formatDateTime(n.createdAt()));
            when.addClassName("hint");
            var item = new Div(text, when);
            item.addClassName("notification-item");
            if (!n.read()) {
                item.addClassName("unread");
            }
            if (n.link() != null) {
                item.addClickListener(e -> {
                    popover.close();
                    var parts = n.link().split("\\?", 2);
                    UI.getCurrent().navigate(parts[0], parts.length > 1
                            ? com.vaadin.flow.router.QueryParameters.fromString(parts[1])
                            : com.vaadin.flow.router.QueryParameters.empty());
                });
            }
            list.add(item);
        }
    }
}
