package th.go.bangkok.tidtam.report.ui;

import th.go.bangkok.tidtam.base.BatchState;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.util.function.Supplier;
import th.go.bangkok.tidtam.base.ui.ListAction;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.project.ProjectFilter;

import th.go.bangkok.tidtam.report.BatchStatus;
import th.go.bangkok.tidtam.report.FormBatches;

/**
 * "พิมพ์ทั้งหมด" on /projects: the forms of every project the list shows, as a ZIP made in the background. A dialog
 * follows it with a progress bar and a cancel button, then offers the download. While the user's batch prints, the
 * button shows that batch again (from whichever node it prints on) rather than starting another.
 */
@org.springframework.stereotype.Component
class PrintAllAction implements ListAction<ProjectFilter> {

    private final FormBatches batches;

    PrintAllAction(FormBatches batches) {
        this.batches = batches;
    }

    @Override
    public com.vaadin.flow.component.Component create(Supplier<ProjectFilter> filter) {
        var button = new Button(VaadinIcon.PRINT.create());
        button.setText(button.getTranslation("form.batch.printAll"));
        button.addClassName("print-all");
        button.addClickListener(e -> {
            // a batch still printing (perhaps started before a reload that landed on another node) is followed again
            var running = batches.running();
            if (running.isPresent()) {
                follow(running.get());
                return;
            }
            var started = new BatchStatus[1];
            if (UiActions.attempt(() -> started[0] = batches.start(filter.get()))) {
                follow(started[0]);
            }
        });
        return button;
    }

    private void follow(BatchStatus start) {
        var ui = UI.getCurrent();
        var dialog = new Dialog();
        dialog.addClassName("print-all-dialog");
        dialog.setHeaderTitle(dialog.getTranslation("form.batch.title"));
        dialog.setCloseOnOutsideClick(false);
        var bar = new ProgressBar(0, 1, 0);
        var text = new Span();
        text.addClassName("print-all-progress");
        var cancel = new Button(dialog.getTranslation("form.batch.cancel"), e -> batches.cancel(start.id()));
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        var close = new Button(dialog.getTranslation("action.close"), e -> dialog.close());
        var download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                batches.download(start.id()), "tidtam-forms.zip",
                "application/zip", -1)), "");
        var downloadButton = new Button(dialog.getTranslation("form.batch.download"), VaadinIcon.DOWNLOAD.create());
        downloadButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        downloadButton.setTabIndex(-1); // the link is the one tab stop; the button only shows
        download.add(downloadButton);
        download.addClassName("print-all-download");
        download.setVisible(false);
        dialog.add(new com.vaadin.flow.component.orderedlayout.VerticalLayout(text, bar));
        dialog.getFooter().add(cancel, close, download);
        var previousInterval = ui.getPollInterval();
        var poll = ui.addPollListener(e -> show(batches.status(start.id()), bar, text, cancel, download));
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                poll.remove();
                ui.setPollInterval(previousInterval);
            }
        });
        ui.setPollInterval(500);
        show(start, bar, text, cancel, download);
        dialog.open();
    }

    private static void show(BatchStatus status, ProgressBar bar, Span text, Button cancel, Anchor download) {
        bar.setValue(status.fraction());
        var key = switch (status.state()) {
            case RUNNING -> "form.batch.running.progress";
            case DONE -> "form.batch.done";
            case CANCELLED -> "form.batch.cancelled";
            case FAILED -> "form.batch.failed";
        };
        text.setText(text.getTranslation(key, status.done(), status.total()));
        cancel.setVisible(status.state() == BatchState.RUNNING);
        download.setVisible(status.state() == BatchState.DONE);
    }
}
