package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/** Opens an address a feature's {@code *Navigation} built (or a notification keeps), query parameters and all. */
public final class UiNavigation {

    private UiNavigation() {
    }

    public static void to(String address) {
        var parts = address.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], parts.length > 1 ? QueryParameters.fromString(parts[1])
                : QueryParameters.empty());
    }
}
