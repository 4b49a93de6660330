package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A panel a feature adds to the coordinators' dashboard (/tracking) for the fiscal year shown, e.g. the indicators
 * to follow, so the dashboard needs to know nothing about it. Implementations are Spring beans; they return null
 * when they have nothing for the signed-in user.
 */
public interface DashboardPanel {

    Component create(int fiscalYear);
}
