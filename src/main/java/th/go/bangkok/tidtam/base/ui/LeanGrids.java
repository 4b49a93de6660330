package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.DomListenerRegistration;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Makes a grid's columns cheaper to hold in a session. Vaadin gives every column six listeners that copy what the
 * browser may change of a column back to the server (resizable, frozen, frozen to the end, text alignment, and the
 * width and flex grow after a user drags a column wider), each with its own copy of the event's settings: about
 * 4.5 KB a column, 90 KB a session on /tracking. No grid here lets the user resize, freeze or realign a column, and
 * the server only ever sets these, so the copies back are dropped; what the server sets still goes to the browser.
 *
 * <p>Flow has no public way to reach listeners a component added for itself, so the list is read by reflection;
 * should a Vaadin version change it, the grid is left as it is (one warning) and works as before.
 */
public final class LeanGrids {

    /** The events of the {@code @Synchronize} properties of {@code ColumnBase} and {@code Grid.Column}. */
    private static final Set<String> COLUMN_SYNC_EVENTS = Set.of("resizable-changed", "frozen-changed",
            "frozen-to-end-changed", "text-align-changed", "column-drag-resize");

    private static final Field LISTENERS = listenersField(ElementListenerMap.class);
    /** What removing a property sync leaves behind: an empty list of property listeners for each property. */
    private static final Field PROPERTY_LISTENERS = listenersField(ElementPropertyMap.class);

    private LeanGrids() {
    }

    /** Drops the column listeners of {@code grid}'s columns as they are now (call it after adding columns). */
    public static <G extends Grid<?>> G lean(G grid) {
        if (LISTENERS != null) {
            grid.getColumns().forEach(column -> strip(column.getElement()));
        }
        return grid;
    }

    @SuppressWarnings("unchecked")
    private static void strip(Element element) {
        try {
            var map = element.getNode().getFeature(ElementListenerMap.class);
            var listeners = (Map<String, List<? extends DomListenerRegistration>>) LISTENERS.get(map);
            if (listeners == null) {
                return;
            }
            for (var type : COLUMN_SYNC_EVENTS) {
                var registered = listeners.get(type);
                if (registered != null) {
                    List.copyOf(registered).forEach(DomListenerRegistration::remove);
                }
            }
            if (PROPERTY_LISTENERS != null) {
                var properties = (Map<String, List<?>>) PROPERTY_LISTENERS.get(
                        element.getNode().getFeature(ElementPropertyMap.class));
                if (properties != null) {
                    properties.values().removeIf(List::isEmpty);
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            LoggerFactory.getLogger(LeanGrids.class).debug("column listeners kept", e);
        }
    }

    private static Field listenersField(Class<?> feature) {
        try {
            var field = feature.getDeclaredField("listeners");
            field.setAccessible(true);
            if (!Map.class.isAssignableFrom(field.getType())) {
                throw new NoSuchFieldException("listeners is " + field.getType());
            }
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            LoggerFactory.getLogger(LeanGrids.class).warn("Grid columns keep Vaadin's sync listeners: {}", e.toString());
            return null;
        }
    }
}
