package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Supplier;

/**
 * Something a feature adds to another feature's list toolbar, acting on the list as it is filtered (the printed
 * forms of every project listed, say), so the list needs to know nothing about it. Implementations are Spring
 * beans; {@code F} is the list's filter.
 */
public interface ListAction<F> {

    /** A fresh component for one list view; {@code filter} gives the filter at the moment it is used. */
    Component create(Supplier<F> filter);
}
