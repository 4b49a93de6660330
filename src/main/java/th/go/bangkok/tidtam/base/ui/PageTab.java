package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A tab that one feature adds to another feature's page (progress reports on the project page), so the page's
 * feature needs to know nothing about it. Implementations are Spring beans; pages inject {@code List<PageTab<T>>}.
 *
 * @param <T> what the page shows, e.g. the project's details
 */
public interface PageTab<T> {

    /** Where the tab stands among the others, left to right. */
    int order();

    String titleKey();

    /** A fresh component for the subject; {@code onChange} reloads the page (its budget used, say). */
    Component create(T subject, Runnable onChange);

    /** The tab's name in the page's address ({@code ?tab=reports}), or null when it has none. */
    default String slug() {
        return null;
    }

    /**
     * Called once when the user arrives at the page with this tab selected by the address, with the address's
     * parameters, so that a link can open something inside the tab (this month's report, say).
     */
    default void onNavigate(Component created, T subject, com.vaadin.flow.router.QueryParameters parameters,
                            Runnable onChange) {
    }
}
