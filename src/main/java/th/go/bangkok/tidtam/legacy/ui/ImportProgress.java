package th.go.bangkok.tidtam.legacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import th.go.bangkok.tidtam.base.BatchState;
import th.go.bangkok.tidtam.base.ui.TableDownload;
import th.go.bangkok.tidtam.legacy.ImportBatches;
import th.go.bangkok.tidtam.legacy.ImportOutcome;
import th.go.bangkok.tidtam.project.ProjectNavigation;

/**
 * The import's progress on /import, polled while the batch runs in the background, then the summary per file,
 * downloadable as Excel or CSV. The codes of the projects stored go back to {@link ImportView}, which drops their
 * files from its list.
 */
class ImportProgress extends Dialog {

    private final ImportBatches batches;
    private final Consumer<List<String>> stored;

    ImportProgress(ImportBatches batches, ImportBatches.Status start, Consumer<List<String>> stored) {
        this.batches = batches;
        this.stored = stored;
        var ui = UI.getCurrent();
        addClassName("import-progress-dialog");
        setHeaderTitle(getTranslation("legacy.view.progress.title"));
        setCloseOnOutsideClick(false);
        setWidth("60rem");
        var bar = new ProgressBar(0, 1, 0);
        var text = new Span();
        text.addClassName("import-progress");
        var summary = new Div();
        summary.addClassName("import-summary");
        var cancel = new Button(getTranslation("form.batch.cancel"), e -> {
            batches.cancel(start.id());
            e.getSource().setEnabled(false);
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var close = new Button(getTranslation("action.close"), e -> close());
        summary.setWidthFull();
        add(new VerticalLayout(text, bar, summary));
        getFooter().add(cancel, close);
        var previousInterval = ui.getPollInterval();
        var shown = new boolean[1];
        var poll = ui.addPollListener(e -> show(batches.status(start.id()), bar, text, cancel, summary, shown));
        addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                poll.remove();
                ui.setPollInterval(previousInterval);
            }
        });
        ui.setPollInterval(500);
        show(start, bar, text, cancel, summary, shown);
    }

    private void show(ImportBatches.Status status, ProgressBar bar, Span text, Button cancel, Div summary,
                      boolean[] shown) {
        bar.setValue(status.fraction());
        text.setText(switch (status.state()) {
            case RUNNING -> getTranslation("legacy.view.progress.running", status.done(), status.total());
            case DONE, CANCELLED -> getTranslation(status.state() == BatchState.DONE ? "legacy.view.progress.done"
                            : "legacy.view.progress.cancelled", status.count(ImportOutcome.Result.IMPORTED),
                    status.count(ImportOutcome.Result.UPDATED), status.count(ImportOutcome.Result.UNCHANGED),
                    status.count(ImportOutcome.Result.FAILED), status.total() - status.done());
            case FAILED -> getTranslation("legacy.view.progress.failed", status.done(), status.total());
        });
        cancel.setVisible(status.state() == BatchState.RUNNING);
        if (status.state() != BatchState.RUNNING && !shown[0]) {
            shown[0] = true;
            bar.setVisible(false);
            setHeaderTitle(getTranslation("legacy.view.progress.finished"));
            summary.add(outcomes(status.outcomes()), TableDownload.buttons(format -> TableDownload.stream(format,
                    "tidtam-import", out -> batches.summary(status.id(), format, getLocale(), out))));
            stored.accept(status.outcomes().stream().filter(o -> o.projectCode() != null)
                    .map(ImportOutcome::projectCode).toList());
        }
    }

    private Component outcomes(List<ImportOutcome> outcomes) {
        var grid = new Grid<ImportOutcome>();
        grid.addClassName("import-outcomes");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ImportOutcome::fileName).setHeader(getTranslation("legacy.summary.file")).setAutoWidth(true);
        grid.addComponentColumn(o -> o.projectCode() == null ? new Span()
                        : new com.vaadin.flow.component.html.Anchor(ProjectNavigation.project(o.projectCode()), o.projectCode()))
                .setHeader(getTranslation("legacy.summary.code")).setAutoWidth(true);
        grid.addColumn(o -> getTranslation("legacy.result." + o.result().name().toLowerCase(Locale.ROOT)))
                .setHeader(getTranslation("legacy.summary.result")).setAutoWidth(true);
        grid.addColumn(o -> o.reason() != null ? o.reason() : o.warnings().isEmpty() ? ""
                        : getTranslation("legacy.view.warningsCount", o.warnings().size()))
                .setHeader(getTranslation("legacy.summary.reason")).setFlexGrow(1);
        grid.setItems(outcomes);
        grid.setWidthFull();
        grid.setAllRowsVisible(outcomes.size() <= 20);
        if (outcomes.size() > 20) {
            grid.setHeight("24rem");
        }
        return grid;
    }
}
