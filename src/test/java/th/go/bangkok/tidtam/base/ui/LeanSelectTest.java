package th.go.bangkok.tidtam.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.internal.nodefeature.ElementPropertyMap;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A lean select sends its choices as one list of labels, knows a choice the browser makes by its place, shows an
 * empty choice by its caption, and shares equal lists between sessions.
 */
class LeanSelectTest {

    private static final List<YearMonth> SPRING = List.of(YearMonth.of(2026, 3), YearMonth.of(2026, 4));

    @Test
    void the_browser_gets_the_labels_with_their_places_and_no_component_per_choice() {
        var select = months();

        assertThat(labels(select)).containsExactly("มีนาคม 2569", "เมษายน 2569");
        assertThat(values(select)).hasSize(2).allMatch(v -> v.endsWith(".0") || v.endsWith(".1"))
                .doesNotHaveDuplicates();
        assertThat(select.getElement().getChildCount()).isZero();
    }

    @Test
    void a_choice_made_in_the_browser_is_the_item_at_its_place_and_fires_one_change_from_the_browser() {
        var select = months();
        var changes = new ArrayList<String>();
        select.addValueChangeListener(e -> changes.add(e.getValue() + (e.isFromClient() ? " from the browser" : "")));

        fromBrowser(select, values(select).get(1));

        assertThat(select.getValue()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(changes).containsExactly("2026-04 from the browser");
        fromBrowser(select, values(select).get(1).replace(".1", ".7")); // not a place it gave out
        assertThat(select.getValue()).isNull();
    }

    @Test
    void a_choice_made_against_a_list_since_replaced_is_no_choice() {
        var select = months();
        var march = values(select).getFirst();
        select.setItems(List.of(YearMonth.of(2026, 10), YearMonth.of(2026, 11)));

        fromBrowser(select, march); // sent before the new list arrived: not October

        assertThat(select.getValue()).isNull();
    }

    @Test
    void a_value_set_on_the_server_shows_as_its_place_and_is_cleared_when_the_items_no_longer_have_it() {
        var select = months();
        var changes = new ArrayList<YearMonth>();
        select.setValue(YearMonth.of(2026, 4));
        select.addValueChangeListener(e -> changes.add(e.getValue()));
        assertThat(select.getElement().getProperty("value")).isEqualTo(values(select).get(1));

        select.setItems(List.of(YearMonth.of(2026, 4), YearMonth.of(2026, 5)));
        assertThat(select.getValue()).isEqualTo(YearMonth.of(2026, 4));
        assertThat(select.getElement().getProperty("value")).as("its new place").isEqualTo(values(select).getFirst());
        assertThat(changes).as("the same value: no change").isEmpty();

        select.setItems(List.of(YearMonth.of(2026, 10)));
        assertThat(select.getValue()).isNull();
        assertThat(select.getElement().getProperty("value")).isEmpty();
        assertThat(changes).containsExactly((YearMonth) null);
    }

    @Test
    void the_empty_choice_comes_first_with_its_caption_and_shows_while_nothing_is_chosen() {
        var select = new LeanSelect<String>();
        select.setItems("ก", "ข");
        select.setEmptySelectionCaption("ทั้งหมด");

        assertThat(labels(select)).containsExactly("ทั้งหมด", "ก", "ข");
        assertThat(select.getElement().getProperty("value")).as("the caption's item is the one shown").isEqualTo("-");
        select.setValue("ข");
        fromBrowser(select, "-");
        assertThat(select.getValue()).isNull();
    }

    @Test
    void equal_lists_of_labels_are_one_instance_for_every_session() {
        var one = months();
        var other = months();

        assertThat(items(one)).isSameAs(items(other));
    }

    private static LeanSelect<YearMonth> months() {
        var select = new LeanSelect<YearMonth>();
        select.setItemLabelGenerator(th.go.bangkok.tidtam.base.ThaiDates::formatMonth);
        select.setItems(SPRING);
        return select;
    }

    private static void fromBrowser(LeanSelect<?> select, String value) {
        try {
            select.getElement().getNode().getFeature(ElementPropertyMap.class).deferredUpdateFromClient("value", value)
                    .run();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode items(LeanSelect<?> select) {
        return (JsonNode) select.getElement().getPropertyRaw("items");
    }

    private static List<String> labels(LeanSelect<?> select) {
        return items(select).valueStream().map(n -> n.get("label").asString()).toList();
    }

    private static List<String> values(LeanSelect<?> select) {
        return items(select).valueStream().map(n -> n.get("value").asString()).toList();
    }
}
