package th.go.bangkok.tidtam.legacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import th.go.bangkok.tidtam.agency.AgencyNames;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.base.ui.Confirmations;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.base.ui.UiErrors;
import th.go.bangkok.tidtam.legacy.ImportBatches;
import th.go.bangkok.tidtam.legacy.ImportChoices;
import th.go.bangkok.tidtam.legacy.ImportPreview;
import th.go.bangkok.tidtam.legacy.LegacyAgencyMappings;
import th.go.bangkok.tidtam.legacy.LegacyArchive;
import th.go.bangkok.tidtam.legacy.LegacyImports;
import th.go.bangkok.tidtam.security.CurrentUser;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.strategy.PlanService;

/**
 * /import: bring the old system's exports over. Upload .txt files or a .zip of them; every file is previewed at once
 * (the project as it will be stored, its reports as a table, what a newer export would change, every warning and
 * error with its line); an agency or plan item the file names that we do not have can be mapped to one we do (or,
 * for an administrator, the agency added). An agency chosen for one file applies to every file of the upload naming
 * the same unknown agency; an administrator's choice is also remembered for later uploads, and administrators see
 * the remembered mappings below and may remove them. Confirming stores them in the background with a progress bar,
 * then a summary per file, downloadable as Excel or CSV. The services check who may import which file.
 *
 * <p>This class holds the upload and the list of files; one file's preview is {@link ImportDetail}, the progress
 * and summary {@link ImportProgress}, the remembered mappings {@link RememberedMappings}.
 */
@Route("import")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.OFFICER})
@Menu(order = 30, title = "nav.import", icon = "UPLOAD")
class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final LegacyImports imports;
    private final ImportBatches batches;
    private final LegacyAgencyMappings mappings;
    private final RememberedMappings remembered;
    private final boolean admin;
    private final List<ImportRow> rows = new ArrayList<>();
    private final Grid<ImportRow> files = new Grid<>();
    private final ImportDetail detail;
    private final Div empty = new Div();
    private final Button importAll = new Button();
    private final Button clear = new Button();

    ImportView(LegacyImports imports, ImportBatches batches, AgencyService agencies, PlanService plan,
               CurrentUser currentUser, LegacyAgencyMappings mappings) {
        this.imports = imports;
        this.batches = batches;
        this.mappings = mappings;
        this.admin = currentUser.require().role() == Role.ADMIN;
        this.detail = new ImportDetail(agencies, plan, admin, this::choose, this::chooseAgency);
        this.remembered = admin ? new RememberedMappings(mappings, this::forgotten) : null;
        addClassName("import-view");
        setMaxWidth("80rem");
        var ui = UI.getCurrent();
        add(new H3(getTranslation("legacy.view.title")),
                new Paragraph(getTranslation("legacy.view.intro", LegacyImports.MAX_FILE_BYTES / (1024 * 1024),
                        LegacyArchive.MAX_TOTAL_BYTES / (1024 * 1024), String.format("%,d", LegacyArchive.MAX_FILES))),
                ImportUpload.create(this, (fileName, file) -> received(ui, fileName, file), this::tooLarge));
        files.addClassName("import-files");
        files.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        files.addColumn(r -> r.file.name()).setHeader(getTranslation("legacy.summary.file")).setAutoWidth(true)
                .setFlexGrow(1);
        files.addColumn(r -> r.preview == null || r.preview.project() == null ? "" : r.preview.project().code())
                .setHeader(getTranslation("legacy.summary.code")).setAutoWidth(true);
        files.addColumn(r -> r.preview == null || r.preview.project() == null ? "" : r.preview.project().name())
                .setHeader(getTranslation("project.field.name")).setFlexGrow(2);
        files.addComponentColumn(this::statusBadge).setHeader(getTranslation("legacy.view.status")).setAutoWidth(true);
        files.addColumn(r -> r.preview == null ? "" : String.valueOf(r.preview.warnings().size()))
                .setHeader(getTranslation("legacy.summary.warnings")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        files.setAllRowsVisible(true);
        files.setVisible(false);
        ((com.vaadin.flow.component.grid.GridSingleSelectionModel<ImportRow>) files.getSelectionModel())
                .setDeselectAllowed(false);
        files.addSelectionListener(e -> detail.show(e.getFirstSelectedItem().orElse(null)));
        empty.addClassName("import-empty");
        empty.add(new Paragraph(getTranslation("legacy.view.empty")));
        importAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importAll.setIcon(VaadinIcon.DATABASE.create());
        importAll.addClassName("import-all");
        importAll.addClickListener(e -> confirm());
        clear.setText(getTranslation("legacy.view.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(e -> {
            rows.clear();
            refresh();
        });
        var actions = new HorizontalLayout(importAll, clear);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(empty, files, actions, detail);
        if (admin) {
            add(remembered);
        }
        refresh();
        addAttachListener(e -> {
            if (e.isInitialAttach()) {
                followRunning();
            }
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("legacy.view.title");
    }

    // ---- uploading ---------------------------------------------------------------------------------------------

    private void received(UI ui, String fileName, Path file) {
        var read = ImportUpload.read(fileName, file, this::preview);
        ui.access(() -> {
            long held = rows.stream().mapToLong(ImportRow::size).sum();
            var added = held + read.stream().mapToLong(ImportRow::size).sum() <= LegacyArchive.MAX_TOTAL_BYTES ? read
                    : List.of(ImportUpload.refused(this, fileName, "legacy.view.tooMuch"));
            rows.addAll(added);
            refresh();
            if (!added.isEmpty()) {
                files.select(added.getFirst());
            }
        });
    }

    /** An upload cut off at the limit: listed with the reason, like a file refused for its content. */
    private void tooLarge(String fileName) {
        var row = ImportUpload.refused(this, fileName, "legacy.upload.tooLarge");
        rows.add(row);
        refresh();
        files.select(row);
    }

    private void preview(ImportRow row) {
        if (row.file.refused()) {
            row.problem = getTranslation(row.file.refusal(), LegacyImports.MAX_FILE_BYTES / (1024 * 1024));
            row.preview = null;
            return;
        }
        try {
            row.preview = imports.preview(row.file.name(), row.file.bytes(), row.choices);
            row.problem = null;
        } catch (RuntimeException e) {
            row.preview = null;
            row.problem = UiErrors.messageFor(e).orElseGet(() -> {
                org.slf4j.LoggerFactory.getLogger(ImportView.class).warn("Preview of {} failed", row.file.name(), e);
                return getTranslation("legacy.batch.unexpected");
            });
        }
    }

    // ---- the list and the preview ------------------------------------------------------------------------------

    private void refresh() {
        files.setItems(rows);
        files.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
        long ready = rows.stream().filter(ImportRow::importable).count();
        importAll.setText(getTranslation("legacy.view.importAll", ready));
        importAll.setEnabled(ready > 0);
        importAll.setVisible(!rows.isEmpty());
        clear.setVisible(!rows.isEmpty());
        if (rows.isEmpty()) {
            detail.removeAll();
        }
    }

    private Component statusBadge(ImportRow r) {
        var badge = new Span();
        badge.getElement().getThemeList().add("badge");
        if (r.preview == null) {
            badge.setText(getTranslation("legacy.view.status.refused"));
            badge.getElement().getThemeList().add("error");
        } else if (r.preview.hasErrors()) {
            badge.setText(getTranslation("legacy.view.status.errors"));
            badge.getElement().getThemeList().add("error");
        } else {
            badge.setText(getTranslation("legacy.view.status." + r.preview.status().name().toLowerCase(Locale.ROOT)));
            badge.getElement().getThemeList().add(switch (r.preview.status()) {
                case NEW -> "success";
                case UPDATE -> "primary";
                default -> "contrast";
            });
        }
        badge.addClassName("import-status");
        return badge;
    }

    private void choose(ImportRow row, ImportChoices choices) {
        row.choices = choices;
        preview(row);
        files.getDataProvider().refreshItem(row);
        refresh();
        detail.show(row);
    }

    // ---- agency mappings -----------------------------------------------------------------------------------------

    private static final List<String> AGENCY_FINDINGS = List.of("agencyUnknown", "agencyMapped", "agencyRemembered",
            "agencyAdded");

    /**
     * An agency chosen (or to be added) for one file holds for every file of the upload naming the same path our
     * tree does not know: an office's archive names its agency the same way in every file. An administrator's
     * choice is remembered for later uploads too.
     */
    private void chooseAgency(ImportRow row, Long agencyId, boolean create) {
        var source = unknownSource(row);
        var same = rows.stream().filter(r -> r == row || source != null && source.equals(unknownSource(r))).toList();
        for (var r : same) {
            r.choices = new ImportChoices(agencyId, create, r.choices.planNodeId());
            preview(r);
        }
        if (same.size() > 1) {
            Notifications.success(getTranslation("legacy.view.mapAgency.applied", same.size() - 1));
        }
        if (admin && agencyId != null && row.preview != null && row.preview.project() != null
                && !row.preview.project().agencyPath().isEmpty() && UiActions.attempt(() -> mappings.remember(row.preview.project().agencyPath(), agencyId))) {
            Notifications.success(getTranslation("legacy.view.mapAgency.remembered"));
            remembered.reload();
        }
        files.getDataProvider().refreshAll();
        refresh();
        detail.show(row);
    }

    /** The normalised agency path of a file whose agency our tree does not know by name, else null. */
    private static String unknownSource(ImportRow r) {
        if (r.preview == null || r.preview.project() == null
                || r.preview.findings().stream().noneMatch(f -> AGENCY_FINDINGS.contains(f.key()))) {
            return null;
        }
        return AgencyNames.key(r.preview.project().agencyPath());
    }

    /** The files on the page that used a remembered mapping just removed are unknown again. */
    private void forgotten() {
        rows.stream().filter(r -> r.choices.agencyId() == null && r.preview != null
                && r.preview.findings().stream().anyMatch(f -> f.key().equals("agencyRemembered")))
                .forEach(this::preview);
        files.getDataProvider().refreshAll();
        refresh();
        files.getSelectedItems().stream().findFirst().ifPresent(detail::show);
    }

    // ---- storing -----------------------------------------------------------------------------------------------

    private void confirm() {
        long ready = rows.stream().filter(ImportRow::importable).count();
        long unchanged = rows.stream().filter(r -> r.preview != null && !r.preview.hasErrors()
                && r.preview.status() == ImportPreview.Status.UNCHANGED).count();
        long failing = rows.size() - ready - unchanged;
        Confirmations.ask(getTranslation("legacy.view.confirm.title"),
                getTranslation("legacy.view.confirm.text", ready, unchanged, failing),
                getTranslation("legacy.view.importAll", ready), false, this::start);
    }

    private void start() {
        var items = rows.stream().map(r -> new ImportBatches.Item(r.file, r.choices)).toList();
        var started = new ImportBatches.Status[1];
        if (UiActions.attempt(() -> started[0] = batches.start(items))) {
            follow(started[0]);
        }
    }

    /** A batch still storing (perhaps started before a reload that landed on another node) is followed again. */
    private void followRunning() {
        batches.running().ifPresent(this::follow);
    }

    private void follow(ImportBatches.Status start) {
        new ImportProgress(batches, start, stored -> {
            rows.removeIf(r -> r.preview != null && r.preview.project() != null
                    && stored.contains(r.preview.project().code()));
            refresh();
            detail.removeAll();
        }).open();
    }
}
