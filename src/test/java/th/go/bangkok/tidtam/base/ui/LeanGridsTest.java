package th.go.bangkok.tidtam.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.junit.jupiter.api.Test;

/** A lean grid's columns no longer take their settings back from the browser, and keep what the server set. */
class LeanGridsTest {

    @Test
    void a_lean_grids_columns_drop_the_browser_to_server_syncs_and_keep_their_settings() {
        var grid = new Grid<String>();
        var column = grid.addColumn(s -> s).setHeader("ชื่อ").setWidth("9rem").setFlexGrow(0);
        var listeners = column.getElement().getNode().getFeature(ElementListenerMap.class);
        assertThat(listeners.getPropertySynchronizationMode("resizable")).as("Vaadin syncs it").isNotNull();

        assertThat(LeanGrids.lean(grid)).isSameAs(grid);

        assertThat(listeners.getPropertySynchronizationMode("resizable")).isNull();
        assertThat(listeners.getPropertySynchronizationMode("frozen")).isNull();
        assertThat(listeners.getPropertySynchronizationMode("width")).isNull();
        assertThat(column.getWidth()).isEqualTo("9rem");
        assertThat(column.getFlexGrow()).isZero();
    }
}
