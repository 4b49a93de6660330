package th.go.bangkok.tidtam.legacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import th.go.bangkok.tidtam.agency.AgencyNames;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.base.Baht;
import th.go.bangkok.tidtam.base.BatchState;
import th.go.bangkok.tidtam.base.BusinessRuleException;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.export.ExportFormat;
import th.go.bangkok.tidtam.base.ui.Confirmations;
import th.go.bangkok.tidtam.base.ui.LimitedUpload;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.ReadRow;
import th.go.bangkok.tidtam.base.ui.TableDownload;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.base.ui.UiErrors;
import th.go.bangkok.tidtam.legacy.Finding;
import th.go.bangkok.tidtam.legacy.ImportBatches;
import th.go.bangkok.tidtam.legacy.ImportChoices;
import th.go.bangkok.tidtam.legacy.ImportOutcome;
import th.go.bangkok.tidtam.legacy.ImportPreview;
import th.go.bangkok.tidtam.legacy.LegacyAgencyMappings;
import th.go.bangkok.tidtam.legacy.LegacyArchive;
import th.go.bangkok.tidtam.legacy.LegacyImports;
import th.go.bangkok.tidtam.legacy.LegacyProject;
import th.go.bangkok.tidtam.security.CurrentUser;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanNodeView;
import th.go.bangkok.tidtam.strategy.PlanService;

/**
 * /import: bring the old system's exports over. Upload .txt files or a .zip of them; every file is previewed at once
 * (the project as it will be stored, its reports as a table, what a newer export would change, every warning and
 * error with its line); an agency or plan item the file names that we do not have can be mapped to one we do (or,
 * for an administrator, the agency added). An agency chosen for one file applies to every file of the upload naming
 * the same unknown agency; an administrator's choice is also remembered for later uploads, and administrators see
 * the remembered mappings below and may remove them. Confirming stores them in the background with a progress bar,
 * then a summary per file, downloadable as Excel or CSV. The services check who may import which file.
 */
@Route("import")
@RolesAllowed({Role.Names.ADMIN, Role.Names.COORDINATOR, Role.Names.OFFICER})
@Menu(order = 30, title = "nav.import", icon = "UPLOAD")
class ImportView extends VerticalLayout implements HasDynamicTitle {

    private final LegacyImports imports;
    private final ImportBatches batches;
    private final AgencyService agencies;
    private final PlanService plan;
    private final LegacyAgencyMappings mappings;
    private final Grid<LegacyAgencyMappings.Remembered> remembered = new Grid<>();
    private final boolean admin;
    private final List<Row> rows = new ArrayList<>();
    private final Grid<Row> files = new Grid<>();
    private final Div detail = new Div();
    private final Div empty = new Div();
    private final Button importAll = new Button();
    private final Button clear = new Button();

    /** One uploaded file: what the reader made of it, its preview (or why there is none), and the choices made. */
    private static final class Row {
        final LegacyArchive.Entry file;
        ImportChoices choices = ImportChoices.NONE;
        ImportPreview preview;
        String problem;

        Row(LegacyArchive.Entry file) {
            this.file = file;
        }

        long size() {
            return file.bytes() == null ? 0 : file.bytes().length;
        }

        boolean importable() {
            return preview != null && !preview.hasErrors() && preview.status() != ImportPreview.Status.UNCHANGED;
        }
    }

    ImportView(LegacyImports imports, ImportBatches batches, AgencyService agencies, PlanService plan,
               CurrentUser currentUser, LegacyAgencyMappings mappings) {
        this.imports = imports;
        this.batches = batches;
        this.agencies = agencies;
        this.plan = plan;
        this.mappings = mappings;
        this.admin = currentUser.require().role() == Role.ADMIN;
        addClassName("import-view");
        setMaxWidth("80rem");
        add(new H3(getTranslation("legacy.view.title")),
                new Paragraph(getTranslation("legacy.view.intro", LegacyImports.MAX_FILE_BYTES / (1024 * 1024),
                        LegacyArchive.MAX_TOTAL_BYTES / (1024 * 1024), String.format("%,d", LegacyArchive.MAX_FILES))),
                upload());
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
        ((com.vaadin.flow.component.grid.GridSingleSelectionModel<Row>) files.getSelectionModel())
                .setDeselectAllowed(false);
        files.addSelectionListener(e -> showDetail(e.getFirstSelectedItem().orElse(null)));
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
        detail.addClassName("import-detail");
        detail.setWidthFull();
        add(empty, files, actions, detail);
        if (admin) {
            add(rememberedMappings());
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("legacy.view.title");
    }

    // ---- uploading ---------------------------------------------------------------------------------------------

    private Upload upload() {
        var ui = UI.getCurrent();
        var upload = new Upload();
        // the server stops reading at the limit, whatever the browser was told (LimitedUpload)
        upload.setUploadHandler(new LimitedUpload(LegacyArchive.MAX_TOTAL_BYTES,
                getTranslation("legacy.upload.tooLarge", LegacyArchive.MAX_TOTAL_BYTES / (1024 * 1024)),
                (fileName, file) -> received(ui, fileName, file), this::tooLarge));
        upload.setAcceptedFileTypes(".txt", ".zip", "text/plain", "application/zip", "application/x-zip-compressed");
        upload.setMaxFileSize((int) LegacyArchive.MAX_TOTAL_BYTES);
        upload.addClassName("import-upload");
        var i18n = th.go.bangkok.tidtam.base.ui.UploadTexts.of(upload);
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("legacy.view.add"))
                .setMany(getTranslation("legacy.view.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("legacy.view.drop"))
                .setMany(getTranslation("legacy.view.drop")));
        i18n.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("legacy.zip.tooLarge",
                        LegacyArchive.MAX_TOTAL_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("legacy.zip.notText")));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(e -> Notifications.error(e.getFileName() + ": " + e.getErrorMessage()));
        upload.setWidthFull();
        return upload;
    }

    private void received(UI ui, String fileName, Path file) {
        var read = read(fileName, file);
        ui.access(() -> {
            long held = rows.stream().mapToLong(Row::size).sum();
            var added = held + read.stream().mapToLong(Row::size).sum() <= LegacyArchive.MAX_TOTAL_BYTES ? read
                    : List.of(refused(fileName, "legacy.view.tooMuch"));
            rows.addAll(added);
            refresh();
            if (!added.isEmpty()) {
                files.select(added.getFirst());
            }
        });
    }

    /** An upload cut off at the limit: listed with the reason, like a file refused for its content. */
    private void tooLarge(String fileName) {
        var row = refused(fileName, "legacy.upload.tooLarge");
        rows.add(row);
        refresh();
        files.select(row);
    }

    /** Reads and previews the files of one upload (in the upload's request, as the signed-in user). */
    private List<Row> read(String name, Path file) {
        var added = new ArrayList<Row>();
        try (var in = Files.newInputStream(file)) {
            for (var entry : LegacyArchive.read(name, in)) {
                var row = new Row(entry);
                preview(row);
                added.add(row);
            }
        } catch (BusinessRuleException e) {
            var row = new Row(new LegacyArchive.Entry(name, null, e.messageKey()));
            row.problem = UiErrors.messageFor(e).orElse(e.getMessage());
            added.add(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return added;
    }

    private Row refused(String name, String key) {
        var row = new Row(new LegacyArchive.Entry(name, null, key));
        row.problem = getTranslation(key, LegacyArchive.MAX_TOTAL_BYTES / (1024 * 1024));
        return row;
    }

    private void preview(Row row) {
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
        long ready = rows.stream().filter(Row::importable).count();
        importAll.setText(getTranslation("legacy.view.importAll", ready));
        importAll.setEnabled(ready > 0);
        importAll.setVisible(!rows.isEmpty());
        clear.setVisible(!rows.isEmpty());
        if (rows.isEmpty()) {
            detail.removeAll();
        }
    }

    private Component statusBadge(Row r) {
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

    private void showDetail(Row row) {
        detail.removeAll();
        if (row == null) {
            return;
        }
        detail.add(new H4(row.file.name()));
        if (row.preview == null) {
            var problem = new Paragraph(row.problem);
            problem.addClassName("import-problem");
            detail.add(problem);
            return;
        }
        var p = row.preview.project();
        detail.add(findings(row.preview.findings()));
        if (p == null) {
            return;
        }
        detail.add(projectFacts(row), mapping(row));
        if (!p.quantityTargets().isEmpty()) {
            detail.add(new H4(getTranslation("legacy.field.quantityTargets")), targets(p));
        }
        if (!p.notes().isEmpty()) {
            detail.add(new H4(getTranslation("project.importNotes.title")), notes(p));
        }
        if (!row.preview.changes().isEmpty()) {
            detail.add(new H4(getTranslation("legacy.view.changes")), changes(row.preview.changes()));
        }
        detail.add(new H4(getTranslation("legacy.view.reports", p.reports().size())), reports(p.reports()));
        if (!p.changes().isEmpty()) {
            var list = new UnorderedList();
            for (var c : p.changes()) {
                list.add(new ListItem(getTranslation("legacy.view.approval", c.reportNumber(), c.letterNo(),
                        c.letterDate() == null ? "–" : ThaiDates.formatLong(c.letterDate()))));
            }
            detail.add(new H4(getTranslation("legacy.view.approvals")), list);
        }
    }

    /** The targets as they will be stored and printed: the whole, its groups, their items (as filed). */
    private static Component targets(LegacyProject p) {
        var box = new Div();
        box.addClassName("import-targets");
        for (var t : p.quantityTargets()) {
            for (var line : t.lines()) {
                var div = new Div(line.text());
                div.getStyle().set("padding-left", (1.5 * line.depth()) + "em");
                box.add(div);
            }
        }
        return box;
    }

    /** What has no field of its own, kept with the project and printed, each with its line (decision 0015). */
    private Component notes(LegacyProject p) {
        var box = new Div();
        box.addClassName("import-notes");
        var hint = new Paragraph(getTranslation("project.importNotes.hint"));
        hint.addClassName("read-empty");
        box.add(hint);
        for (var note : p.notes()) {
            box.add(ReadRow.of(getTranslation("project.importNotes.line", note.line()), note.text()));
        }
        return box;
    }

    private Component findings(List<Finding> findings) {
        var box = new Div();
        box.addClassName("import-findings");
        if (findings.isEmpty()) {
            box.add(new Paragraph(getTranslation("legacy.view.noFindings")));
            return box;
        }
        var locale = getLocale();
        var list = new UnorderedList();
        for (var f : findings) {
            var icon = f.severity() == Finding.Severity.ERROR ? VaadinIcon.CLOSE_CIRCLE.create()
                    : VaadinIcon.WARNING.create();
            icon.setSize("1em");
            icon.setColor(f.severity() == Finding.Severity.ERROR ? "var(--lumo-error-color)"
                    : "var(--lumo-warning-color, #b26b00)");
            var item = new ListItem(icon, new Span(" " + f.text(locale)));
            item.addClassName(f.severity() == Finding.Severity.ERROR ? "finding-error" : "finding-warning");
            list.add(item);
        }
        box.add(list);
        return box;
    }

    private Component projectFacts(Row row) {
        var p = row.preview.project();
        var facts = new Div();
        facts.addClassName("import-facts");
        fact(facts, "project.field.code", p.code());
        fact(facts, "project.field.name", p.name());
        fact(facts, "project.field.fiscalYear", p.fiscalYear() == null ? "" : String.valueOf(p.fiscalYear()));
        fact(facts, "legacy.view.period", (p.startDate() == null ? "?" : ThaiDates.formatShort(p.startDate())) + " – "
                + (p.endDate() == null ? "?" : ThaiDates.formatShort(p.endDate())));
        fact(facts, "project.field.budget", p.budget() == null ? "" : Baht.format(p.budget(), getLocale()));
        fact(facts, "project.field.used", p.budgetUsed() == null ? "" : Baht.format(p.budgetUsed(), getLocale()));
        fact(facts, "project.field.agency", row.preview.agencyPath());
        fact(facts, "project.field.responsible", person(p.responsible()));
        fact(facts, "project.field.coordinator", person(p.coordinator()));
        var linked = plan.all().stream().filter(n -> row.preview.planNodeIds().contains(n.id()))
                .map(ImportView::planLabel).toList();
        fact(facts, "legacy.field.plan", linked.isEmpty() ? getTranslation("legacy.view.noPlan") : String.join(", ", linked));
        return facts;
    }

    private void fact(Div facts, String label, String value) {
        facts.add(ReadRow.of(getTranslation(label), value == null ? "" : value));
    }

    private String person(LegacyProject.Person person) {
        if (person == null || person.name() == null) {
            return "";
        }
        return person.name() + (person.phone() == null ? "" : " (" + getTranslation("project.field.phone") + " "
                + person.phone() + ")");
    }

    /** Where the file's agency or plan item is not ours: choose one of ours (or add the agency, administrators). */
    private Component mapping(Row row) {
        var box = new HorizontalLayout();
        box.addClassName("import-mapping");
        box.setAlignItems(FlexComponent.Alignment.BASELINE);
        box.setWrap(true);
        // also when the file names no agency: the office of its code is a guess the importer may change
        boolean agencyUnknown = row.preview.findings().stream().anyMatch(f -> f.key().equals("agencyUnknown")
                || f.key().equals("agencyRemembered") || f.key().equals("agencyNone") || f.key().equals("agencyByCode"))
                || row.choices.agencyId() != null || row.choices.createAgency();
        if (agencyUnknown) {
            var all = agencies.all();
            var paths = AgencyNode.paths(all);
            var picker = new ComboBox<AgencyNode>(getTranslation("legacy.view.mapAgency"));
            picker.addClassName("map-agency");
            picker.setItems(all.stream().sorted(java.util.Comparator.comparing(a -> paths.get(a.id()))).toList());
            picker.setItemLabelGenerator(a -> paths.get(a.id()));
            picker.setWidth("32rem");
            picker.setClearButtonVisible(true);
            all.stream().filter(a -> row.choices.agencyId() != null && a.id() == row.choices.agencyId()).findFirst()
                    .ifPresent(picker::setValue);
            picker.addValueChangeListener(e -> chooseAgency(row, e.getValue() == null ? null : e.getValue().id(),
                    false));
            box.add(picker);
            if (admin && !row.preview.project().agencyPath().isEmpty()) {
                var add = new Button(getTranslation("legacy.view.addAgency"), VaadinIcon.PLUS.create(),
                        e -> chooseAgency(row, null, !row.choices.createAgency()));
                add.addClassName("add-agency");
                add.addThemeVariants(row.choices.createAgency() ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
                box.add(add);
            }
        }
        if (row.preview.planNodeIds().isEmpty() || row.choices.planNodeId() != null) {
            var picker = new ComboBox<PlanNodeView>(getTranslation("legacy.view.mapPlan"));
            picker.addClassName("map-plan");
            var nodes = plan.all().stream().filter(n -> n.level() == PlanLevel.GOAL || n.level() == PlanLevel.INDICATOR)
                    .toList();
            picker.setItems(nodes);
            picker.setItemLabelGenerator(ImportView::planLabel);
            picker.setWidth("32rem");
            picker.setClearButtonVisible(true);
            nodes.stream().filter(n -> row.choices.planNodeId() != null && n.id() == row.choices.planNodeId())
                    .findFirst().ifPresent(picker::setValue);
            picker.addValueChangeListener(e -> choose(row, new ImportChoices(row.choices.agencyId(),
                    row.choices.createAgency(), e.getValue() == null ? null : e.getValue().id())));
            box.add(picker);
        }
        return box;
    }

    private void choose(Row row, ImportChoices choices) {
        row.choices = choices;
        preview(row);
        files.getDataProvider().refreshItem(row);
        refresh();
        showDetail(row);
    }

    // ---- agency mappings -----------------------------------------------------------------------------------------

    private static final List<String> AGENCY_FINDINGS = List.of("agencyUnknown", "agencyMapped", "agencyRemembered",
            "agencyAdded");

    /**
     * An agency chosen (or to be added) for one file holds for every file of the upload naming the same path our
     * tree does not know: an office's archive names its agency the same way in every file. An administrator's
     * choice is remembered for later uploads too.
     */
    private void chooseAgency(Row row, Long agencyId, boolean create) {
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
            reloadRemembered();
        }
        files.getDataProvider().refreshAll();
        refresh();
        showDetail(row);
    }

    /** The normalised agency path of a file whose agency our tree does not know by name, else null. */
    private static String unknownSource(Row r) {
        if (r.preview == null || r.preview.project() == null
                || r.preview.findings().stream().noneMatch(f -> AGENCY_FINDINGS.contains(f.key()))) {
            return null;
        }
        return AgencyNames.key(r.preview.project().agencyPath());
    }

    private Component rememberedMappings() {
        var box = new Div();
        box.addClassName("import-remembered");
        box.setWidthFull();
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
        box.add(new H4(getTranslation("legacy.view.mappings")),
                new Paragraph(getTranslation("legacy.view.mappings.intro")), remembered);
        reloadRemembered();
        return box;
    }

    private void reloadRemembered() {
        remembered.setItems(mappings.list());
    }

    private void confirmForget(LegacyAgencyMappings.Remembered m) {
        Confirmations.ask(getTranslation("legacy.view.mappings.forget.title"),
                getTranslation("legacy.view.mappings.forget.confirm", m.sourcePath(), m.agencyPath()),
                getTranslation("legacy.view.mappings.forget"), true, () -> {
                    if (UiActions.attempt(() -> mappings.forget(m.id()))) {
                        Notifications.success(getTranslation("legacy.view.mappings.forgotten"));
                        reloadRemembered();
                        // the files on the page that used it are unknown again
                        rows.stream().filter(r -> r.choices.agencyId() == null && r.preview != null
                                && r.preview.findings().stream().anyMatch(f -> f.key().equals("agencyRemembered")))
                                .forEach(this::preview);
                        files.getDataProvider().refreshAll();
                        refresh();
                        files.getSelectedItems().stream().findFirst().ifPresent(this::showDetail);
                    }
                });
    }

    private static String planLabel(PlanNodeView n) {
        return (n.code() == null ? "" : n.code() + " ") + n.nameTh();
    }

    private Component changes(List<ImportPreview.Change> changes) {
        var grid = new Grid<ImportPreview.Change>();
        grid.addClassName("import-changes");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> getTranslation(c.field())).setHeader(getTranslation("legacy.view.field")).setAutoWidth(true);
        grid.addColumn(ImportPreview.Change::before).setHeader(getTranslation("legacy.view.before"));
        grid.addColumn(ImportPreview.Change::after).setHeader(getTranslation("legacy.view.after"));
        grid.setItems(changes);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Component reports(List<LegacyProject.Report> reports) {
        var grid = new Grid<LegacyProject.Report>();
        grid.addClassName("import-reports");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(LegacyProject.Report::number).setHeader(getTranslation("report.number")).setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END).setFlexGrow(0);
        grid.addColumn(r -> r.date() == null ? "" : ThaiDates.formatShort(r.date()))
                .setHeader(getTranslation("report.date")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.progress() == null ? "–" : r.progress().setScale(2) + " %")
                .setHeader(getTranslation("project.field.progress")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> r.disbursed() == null ? "–" : Baht.formatAmount(r.disbursed()))
                .setHeader(getTranslation("legacy.view.disbursed")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> judgement(r.onPlan(), "legacy.view.onPlan", "legacy.view.behindPlan") + " / "
                + judgement(r.onTarget(), "legacy.view.onTarget", "legacy.view.offTarget"))
                .setHeader(getTranslation("legacy.view.judgement")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(LegacyProject.Report::steps).setHeader(getTranslation("legacy.view.steps")).setFlexGrow(1);
        grid.setItems(reports);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private String judgement(Boolean value, String yes, String no) {
        return value == null ? "–" : getTranslation(value ? yes : no);
    }

    // ---- storing -----------------------------------------------------------------------------------------------

    private void confirm() {
        long ready = rows.stream().filter(Row::importable).count();
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

    private void follow(ImportBatches.Status start) {
        var ui = UI.getCurrent();
        var dialog = new Dialog();
        dialog.addClassName("import-progress-dialog");
        dialog.setHeaderTitle(getTranslation("legacy.view.progress.title"));
        dialog.setCloseOnOutsideClick(false);
        dialog.setWidth("60rem");
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
        var close = new Button(getTranslation("action.close"), e -> dialog.close());
        summary.setWidthFull();
        dialog.add(new VerticalLayout(text, bar, summary));
        dialog.getFooter().add(cancel, close);
        var previousInterval = ui.getPollInterval();
        var shown = new boolean[1];
        var poll = ui.addPollListener(e -> show(dialog, batches.status(start.id()), bar, text, cancel, summary, shown));
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                poll.remove();
                ui.setPollInterval(previousInterval);
            }
        });
        ui.setPollInterval(500);
        show(dialog, start, bar, text, cancel, summary, shown);
        dialog.open();
    }

    private void show(Dialog dialog, ImportBatches.Status status, ProgressBar bar, Span text, Button cancel, Div summary,
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
            dialog.setHeaderTitle(getTranslation("legacy.view.progress.finished"));
            summary.add(outcomes(status.outcomes()), TableDownload.buttons(format -> TableDownload.stream(format,
                    "tidtam-import", out -> batches.summary(status.id(), format, getLocale(), out))));
            var stored = status.outcomes().stream().filter(o -> o.projectCode() != null)
                    .map(ImportOutcome::projectCode).toList();
            rows.removeIf(r -> r.preview != null && r.preview.project() != null
                    && stored.contains(r.preview.project().code()));
            refresh();
            detail.removeAll();
        }
    }

    private Component outcomes(List<ImportOutcome> outcomes) {
        var grid = new Grid<ImportOutcome>();
        grid.addClassName("import-outcomes");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ImportOutcome::fileName).setHeader(getTranslation("legacy.summary.file")).setAutoWidth(true);
        grid.addComponentColumn(o -> o.projectCode() == null ? new Span()
                        : new com.vaadin.flow.component.html.Anchor("projects/" + o.projectCode(), o.projectCode()))
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
