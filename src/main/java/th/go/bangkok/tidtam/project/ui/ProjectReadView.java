package th.go.bangkok.tidtam.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import th.go.bangkok.tidtam.base.ui.ReadRow;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import th.go.bangkok.tidtam.base.Baht;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.project.ImportNote;
import th.go.bangkok.tidtam.project.ProjectDetails;
import th.go.bangkok.tidtam.project.QuantityTarget;

/** The project as the official form prints sections 1.1–1.6, labels exactly as printed. */
class ProjectReadView extends Composite<VerticalLayout> {

    ProjectReadView(ProjectDetails p) {
        var c = getContent();
        c.setPadding(false);
        c.addClassName("project-read");
        c.add(new H3(getTranslation("project.section.1")));
        c.add(new H4(getTranslation("project.section.1_1")));
        c.add(row("project.field.name", p.name()), row("project.field.code", p.code()),
                row("project.field.fiscalYear", String.valueOf(p.fiscalYear())),
                row("project.field.startDate", ThaiDates.formatLong(p.startDate())),
                row("project.field.endDate", ThaiDates.formatLong(p.endDate())),
                row("project.field.budget", Baht.format(p.budget(), getLocale())),
                row("project.field.used", Baht.format(p.budgetUsed(), getLocale())));
        c.add(new H4(getTranslation("project.section.1_2")));
        c.add(row("project.field.agency", p.agencyPath()),
                row("project.field.responsible", withPhone(p.responsibleName(), p.responsiblePhone())),
                row("project.field.coordinator", withPhone(p.coordinatorName(), p.coordinatorPhone())),
                row("project.field.owner", p.ownerName()));
        c.add(new H4(getTranslation("project.section.1_3")), text(p.rationale()));
        c.add(new H4(getTranslation("project.section.1_4")), numbered(p.objectives()));
        c.add(new H4(getTranslation("project.section.1_5")));
        c.add(new Span(getTranslation("project.section.1_5_1")), numbered(p.qualityTargets()));
        c.add(new Span(getTranslation("project.section.1_5_2")), quantityTargets(p.quantityTargets()));
        c.add(new H4(getTranslation("project.section.1_6")));
        if (p.planChains().isEmpty()) {
            c.add(empty());
        }
        for (var chain : p.planChains()) {
            var box = new Div();
            box.addClassName("plan-chain");
            chain.forEach(n -> box.add(new Div(getTranslation("project.plan.label." + n.level().name().toLowerCase())
                    + " : " + n.printed())));
            c.add(box);
        }
        if (!p.importNotes().isEmpty()) {
            c.add(importNotes(p.importNotes()));
        }
    }

    /** One line per target; a target filed with items under its groups shows them indented, as filed. */
    private Component quantityTargets(List<QuantityTarget> targets) {
        if (targets.isEmpty()) {
            return empty();
        }
        var list = new OrderedList();
        for (var target : targets) {
            var item = new ListItem();
            if (!target.hasItems()) {
                item.add(target.toString());
            } else {
                item.addClassName("target-levels");
                for (var line : target.lines()) {
                    var div = new Div(line.text());
                    div.getStyle().set("padding-left", (1.5 * line.depth()) + "em");
                    item.add(div);
                }
            }
            list.add(item);
        }
        return list;
    }

    /** Lines of the old system's export the importer could not place, with their line numbers (issue #16). */
    private Component importNotes(List<ImportNote> notes) {
        var box = new Div();
        box.addClassName("import-notes");
        box.add(new H4(getTranslation("project.importNotes.title")));
        var hint = new Span(getTranslation("project.importNotes.hint"));
        hint.addClassName("read-empty");
        box.add(hint);
        for (var note : notes) {
            box.add(ReadRow.of(getTranslation("project.importNotes.line", note.lineNo()), note.text()));
        }
        return box;
    }

    private String withPhone(String name, String phone) {
        if (name == null) {
            return null;
        }
        return phone == null ? name : name + " " + getTranslation("project.phonePrefix") + " " + phone;
    }

    private Component row(String labelKey, String value) {
        return ReadRow.of(getTranslation(labelKey), value == null || value.isBlank() ? "–" : value);
    }

    private Component text(String text) {
        if (text == null || text.isBlank()) {
            return empty();
        }
        var div = new Div(text);
        div.addClassName("read-text");
        return div;
    }

    private Component numbered(List<String> items) {
        if (items.isEmpty()) {
            return empty();
        }
        var list = new OrderedList();
        items.forEach(i -> list.add(new ListItem(i)));
        return list;
    }

    private Component empty() {
        var span = new Span(getTranslation("project.none"));
        span.addClassName("read-empty");
        return span;
    }
}
