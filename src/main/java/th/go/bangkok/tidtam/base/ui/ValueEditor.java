package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A form part one feature offers another (the project's baseline fields, edited inside a change request), so the
 * feature that uses it needs no access to the other's UI classes. Implementations come from an
 * {@link ValueEditor.Factory} bean of the feature that owns the value.
 *
 * @param <T> the value edited, e.g. a project's baseline
 */
public interface ValueEditor<T> {

    Component component();

    T getValue();

    void setValue(T value);

    /** Creates fresh editors; inject {@code ValueEditor.Factory<Baseline>}. */
    interface Factory<T> {

        ValueEditor<T> create();
    }
}
