package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts in the header of every page, left of the user menu (the notification bell), so the
 * layout needs to know nothing about it. Implementations are Spring beans.
 */
public interface HeaderWidget {

    /** A fresh component for the signed-in user's page. */
    Component create();
}
