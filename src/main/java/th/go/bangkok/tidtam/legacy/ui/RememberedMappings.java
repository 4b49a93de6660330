package th.go.bangkok.tidtam.legacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.Confirmations;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.legacy.LegacyAgencyMappings;

/**
 * The administrators' remembered agency mappings on /import (decision 0016), each removable; a removed one makes the
 * files on the page that used it unknown again ({@code forgotten}).
 */
class RememberedMappings extends Div {

    private final LegacyAgencyMappings mappings;
    private final Runnable forgotten;
    private final Grid<LegacyAgencyMappings.Remembered> remembered = new Grid<>();

    RememberedMappings(LegacyAgencyMappings mappings, Runnable forgotten) {
        this.mappings = mappings;
        this.forgotten = forgotten;
        addClassName("import-remembered");
        setWidthFull();
        remembered.addClassName("remembered-mappings");
        remembered.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        remembered.addColumn(LegacyAgencyMappings.Remembered::sourcePath)
                .setHeader(getTranslation("legacy.view.mappings.source")).setFlexGrow(2);
        remembered.addColumn(LegacyAgencyMappings.Remembered::agencyPath)
                .setHeader(getTranslation("legacy.view.mappings.agency")).setFlexGrow(2);
        remembered.addColumn(LegacyAgencyMappings.Remembered::createdBy)
                .setHeader(getTranslation("legacy.view.mappings.by")).setAutoWidth(true).setFlexGrow(0);
        remembered.addColumn(m -> ThaiDates.formatDateTime(m.createdAt()))
                .setHeader(getTranslation("legacy.view.mappings.at")).setAutoWidth(true).setFlexGrow(0);
        remembered.addComponentColumn(m -> {
            var forget = new Button(getTranslation("legacy.view.mappings.forget"), VaadinIcon.TRASH.create(),
                    e -> confirmForget(m));
            forget.addClassName("forget-mapping");
            forget.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            return forget;
        }).setAutoWidth(true).setFlexGrow(0);
        remembered.setEmptyStateText(getTranslation("legacy.view.mappings.empty"));
        remembered.setAllRowsVisible(true);
        add(new H4(getTranslation("legacy.view.mappings")),
                new Paragraph(getTranslation("legacy.view.mappings.intro")), remembered);
        reload();
    }

    void reload() {
        remembered.setItems(mappings.list());
    }

    private void confirmForget(LegacyAgencyMappings.Remembered m) {
        Confirmations.ask(getTranslation("legacy.view.mappings.forget.title"),
                getTranslation("legacy.view.mappings.forget.confirm", m.sourcePath(), m.agencyPath()),
                getTranslation("legacy.view.mappings.forget"), true, () -> {
                    if (UiActions.attempt(() -> mappings.forget(m.id()))) {
                        Notifications.success(getTranslation("legacy.view.mappings.forgotten"));
                        reload();
                        forgotten.run();
                    }
                });
    }
}
