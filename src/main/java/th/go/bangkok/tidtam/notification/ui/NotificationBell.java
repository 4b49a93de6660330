package th.go.bangkok.tidtam.notification.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.util.List;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.HeaderWidget;
import th.go.bangkok.tidtam.base.ui.Markup;
import th.go.bangkok.tidtam.base.ui.UiNavigation;
import th.go.bangkok.tidtam.notification.NotificationService;
import th.go.bangkok.tidtam.notification.NotificationView;

/**
 * The bell in the header: the number of unread notifications, and on a click the latest ones (newest first),
 * which are then marked read. A notification leads to its page.
 */
@org.springframework.stereotype.Component
@org.springframework.core.annotation.Order(0) // left of the user menu
class NotificationBell implements HeaderWidget {

    /** A character no message or argument holds (Unicode's private use area), to find the arguments in the text. */
    private static final String MARK = "\uE000";

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

    /**
     * The notification's sentence as markup in which each code (a project's 03000000-2486, a letter's กท 0303/999)
     * stays on one line (issue #19: "กท" on one line, "0303/999" on the next); the rest wraps as Thai does.
     */
    static String sentence(Component c, String messageKey, List<String> arguments) {
        var marks = new Object[arguments.size()];
        for (int i = 0; i < marks.length; i++) {
            marks[i] = MARK + i + MARK;
        }
        var html = Markup.escape(c.getTranslation(messageKey, marks));
        for (int i = 0; i < marks.length; i++) {
            var argument = arguments.get(i) == null ? "" : arguments.get(i);
            html = html.replace((String) marks[i], isCode(argument)
                    ? "<span class=\"code\">" + Markup.escape(argument) + "</span>" : Markup.escape(argument));
        }
        return html;
    }

    /** Short and with a digit, at most one space: a code, a letter's number, a month, none of which should break. */
    static boolean isCode(String argument) {
        return argument.length() <= 24 && argument.chars().anyMatch(Character::isDigit)
                && argument.chars().filter(ch -> ch == ' ').count() <= 1;
    }

    private void fill(Div list, Popover popover) {
        list.removeAll();
        var items = notifications.mine();
        if (items.isEmpty()) {
            list.add(new Span(list.getTranslation("notification.empty")));
            return;
        }
        for (NotificationView n : items) {
            var text = new Span();
            text.getElement().setProperty("innerHTML", sentence(list, n.messageKey(), n.arguments()));
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
                    UiNavigation.to(n.link());
                });
            }
            list.add(item);
        }
    }
}
