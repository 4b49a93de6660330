package th.go.bangkok.tidtam.legacy.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.base.Baht;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.ReadRow;
import th.go.bangkok.tidtam.legacy.Finding;
import th.go.bangkok.tidtam.legacy.ImportChoices;
import th.go.bangkok.tidtam.legacy.ImportPreview;
import th.go.bangkok.tidtam.legacy.LegacyProject;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanNodeView;
import th.go.bangkok.tidtam.strategy.PlanService;

/**
 * The preview of one file on /import: its findings, the project as it will be stored, where its agency or plan item
 * can be mapped to ours, its targets and notes, what a newer export would change, its reports and approvals. The
 * choices go back to {@link ImportView}, which previews the file again.
 */
class ImportDetail extends Div {

    /** A choice made for a file: its agency or plan item mapped (or the agency to be added). */
    interface Chosen {
        void choose(ImportRow row, ImportChoices choices);
    }

    /** An agency chosen (or to be added) for a file, which holds for the upload's other files naming the same. */
    interface AgencyChosen {
        void choose(ImportRow row, Long agencyId, boolean create);
    }

    private final AgencyService agencies;
    private final PlanService plan;
    private final boolean admin;
    private final Chosen chosen;
    private final AgencyChosen agencyChosen;

    ImportDetail(AgencyService agencies, PlanService plan, boolean admin, Chosen chosen, AgencyChosen agencyChosen) {
        this.agencies = agencies;
        this.plan = plan;
        this.admin = admin;
        this.chosen = chosen;
        this.agencyChosen = agencyChosen;
        addClassName("import-detail");
        setWidthFull();
    }

    void show(ImportRow row) {
        removeAll();
        if (row == null) {
            return;
        }
        add(new H4(row.file.name()));
        if (row.preview == null) {
            var problem = new Paragraph(row.problem);
            problem.addClassName("import-problem");
            add(problem);
            return;
        }
        var p = row.preview.project();
        add(findings(row.preview.findings()));
        if (p == null) {
            return;
        }
        add(projectFacts(row), mapping(row));
        if (!p.quantityTargets().isEmpty()) {
            add(new H4(getTranslation("legacy.field.quantityTargets")), targets(p));
        }
        if (!p.notes().isEmpty()) {
            add(new H4(getTranslation("project.importNotes.title")), notes(p));
        }
        if (!row.preview.changes().isEmpty()) {
            add(new H4(getTranslation("legacy.view.changes")), changes(row.preview.changes()));
        }
        add(new H4(getTranslation("legacy.view.reports", p.reports().size())), reports(p.reports()));
        if (!p.changes().isEmpty()) {
            var list = new UnorderedList();
            for (var c : p.changes()) {
                list.add(new ListItem(getTranslation("legacy.view.approval", c.reportNumber(), c.letterNo(),
                        c.letterDate() == null ? "–" : ThaiDates.formatLong(c.letterDate()))));
            }
            add(new H4(getTranslation("legacy.view.approvals")), list);
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

    private Component projectFacts(ImportRow row) {
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
                .map(ImportDetail::planLabel).toList();
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
    private Component mapping(ImportRow row) {
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
            picker.addValueChangeListener(e -> agencyChosen.choose(row, e.getValue() == null ? null : e.getValue().id(),
                    false));
            box.add(picker);
            if (admin && !row.preview.project().agencyPath().isEmpty()) {
                var add = new Button(getTranslation("legacy.view.addAgency"), VaadinIcon.PLUS.create(),
                        e -> agencyChosen.choose(row, null, !row.choices.createAgency()));
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
            picker.setItemLabelGenerator(ImportDetail::planLabel);
            picker.setWidth("32rem");
            picker.setClearButtonVisible(true);
            nodes.stream().filter(n -> row.choices.planNodeId() != null && n.id() == row.choices.planNodeId())
                    .findFirst().ifPresent(picker::setValue);
            picker.addValueChangeListener(e -> chosen.choose(row, new ImportChoices(row.choices.agencyId(),
                    row.choices.createAgency(), e.getValue() == null ? null : e.getValue().id())));
            box.add(picker);
        }
        return box;
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
}
