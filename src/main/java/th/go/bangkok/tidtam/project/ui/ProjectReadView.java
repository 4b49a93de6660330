package th.go.bangkok.tidtam.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import th.go.bangkok.tidtam.base.Baht;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.Markup;
import th.go.bangkok.tidtam.base.ui.ReadRow;
import th.go.bangkok.tidtam.project.ImportNote;
import th.go.bangkok.tidtam.project.ProjectDetails;
import th.go.bangkok.tidtam.project.QuantityTarget;

/**
 * The project as the official form prints sections 1.1–1.6, labels exactly as printed. It only shows text, so it is
 * written as the inner HTML of its layout (escaped, the markup the components made: headings, .read-row rows, lists):
 * a session holds one node for it instead of some sixty components. The parts only imported projects have (a target
 * filed in levels, the old system's unplaced lines) stay components; the markup around them then goes in runs.
 */
class ProjectReadView extends Composite<VerticalLayout> {

    private final StringBuilder html = new StringBuilder();
    private final List<Component> parts = new ArrayList<>();

    ProjectReadView(ProjectDetails p) {
        var c = getContent();
        c.setPadding(false);
        c.addClassName("project-read");
        element("h3", null, getTranslation("project.section.1"));
        element("h4", null, getTranslation("project.section.1_1"));
        row("project.field.name", p.name());
        row("project.field.code", p.code());
        row("project.field.fiscalYear", String.valueOf(p.fiscalYear()));
        row("project.field.startDate", ThaiDates.formatLong(p.startDate()));
        row("project.field.endDate", ThaiDates.formatLong(p.endDate()));
        row("project.field.budget", Baht.format(p.budget(), getLocale()));
        row("project.field.used", Baht.format(p.budgetUsed(), getLocale()));
        element("h4", null, getTranslation("project.section.1_2"));
        row("project.field.agency", p.agencyPath());
        row("project.field.responsible", withPhone(p.responsibleName(), p.responsiblePhone()));
        row("project.field.coordinator", withPhone(p.coordinatorName(), p.coordinatorPhone()));
        row("project.field.owner", p.ownerName());
        element("h4", null, getTranslation("project.section.1_3"));
        text(p.rationale());
        element("h4", null, getTranslation("project.section.1_4"));
        numbered(p.objectives());
        element("h4", null, getTranslation("project.section.1_5"));
        element("span", null, getTranslation("project.section.1_5_1"));
        numbered(p.qualityTargets());
        element("span", null, getTranslation("project.section.1_5_2"));
        quantityTargets(p.quantityTargets());
        element("h4", null, getTranslation("project.section.1_6"));
        if (p.planChains().isEmpty()) {
            empty();
        }
        for (var chain : p.planChains()) {
            html.append("<div class=\"plan-chain\">");
            chain.forEach(n -> element("div", null, getTranslation("project.plan.label." + n.level().name().toLowerCase())
                    + " : " + n.printed()));
            html.append("</div>");
        }
        if (!p.importNotes().isEmpty()) {
            importNotes(p.importNotes());
        }
        if (parts.isEmpty()) {
            c.getElement().setProperty("innerHTML", html.toString());
        } else {
            flush();
            c.add(parts);
            parts.clear();
        }
        html.setLength(0);
        html.trimToSize();
    }

    private void component(Component component) {
        flush();
        parts.add(component);
    }

    /** The markup written so far as one run; its wrapper takes no box, so the layout lays out what is in it. */
    private void flush() {
        if (!html.isEmpty()) {
            parts.add(new Html("<div style=\"display: contents\">" + html + "</div>"));
            html.setLength(0);
        }
    }

    /** One line per target; a target filed with items under its groups shows them indented, as filed. */
    private void quantityTargets(List<QuantityTarget> targets) {
        if (targets.isEmpty()) {
            empty();
            return;
        }
        if (targets.stream().noneMatch(QuantityTarget::hasItems)) {
            html.append("<ol>");
            targets.forEach(target -> element("li", null, target.toString()));
            html.append("</ol>");
            return;
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
        component(list);
    }

    /** Lines of the old system's export the importer could not place, with their line numbers (issue #16). */
    private void importNotes(List<ImportNote> notes) {
        var box = new Div();
        box.addClassName("import-notes");
        box.add(new H4(getTranslation("project.importNotes.title")));
        var hint = new Span(getTranslation("project.importNotes.hint"));
        hint.addClassName("read-empty");
        box.add(hint);
        for (var note : notes) {
            box.add(ReadRow.of(getTranslation("project.importNotes.line", note.lineNo()), note.text()));
        }
        component(box);
    }

    private String withPhone(String name, String phone) {
        if (name == null) {
            return null;
        }
        return phone == null ? name : name + " " + getTranslation("project.phonePrefix") + " " + phone;
    }

    private void row(String labelKey, String value) {
        readRow(getTranslation(labelKey), value == null || value.isBlank() ? "–" : value);
    }

    /** The markup of {@link ReadRow}. */
    private void readRow(String label, String value) {
        html.append("<div class=\"read-row\">");
        element("span", "read-label", label);
        element("span", "read-value", value);
        html.append("</div>");
    }

    private void text(String text) {
        if (text == null || text.isBlank()) {
            empty();
            return;
        }
        element("div", "read-text", text);
    }

    private void numbered(List<String> items) {
        if (items.isEmpty()) {
            empty();
            return;
        }
        html.append("<ol>");
        items.forEach(i -> element("li", null, i));
        html.append("</ol>");
    }

    private void empty() {
        element("span", "read-empty", getTranslation("project.none"));
    }

    private void element(String tag, String className, String text) {
        html.append('<').append(tag);
        if (className != null) {
            html.append(" class=\"").append(className).append('"');
        }
        html.append('>').append(Markup.escape(text)).append("</").append(tag).append('>');
    }
}
