package th.go.bangkok.tidtam.change.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.ui.EvidenceUploads;
import th.go.bangkok.tidtam.change.ChangeRequestView;
import th.go.bangkok.tidtam.change.ChangeService;
import th.go.bangkok.tidtam.change.ChangeStatus;
import th.go.bangkok.tidtam.project.Baseline;

/**
 * A change request as a head reads it before deciding: the project, the kind, the reason, what changes from what
 * to what, the evidence files, and the decision once there is one.
 */
class ChangeDetails extends VerticalLayout {

    /** One row of the before → after table. */
    record Row(String field, String before, String after) {
    }

    ChangeDetails(ChangeService changes, ChangeRequestView request) {
        setPadding(false);
        addClassName("change-details");
        add(line("project.field.name", request.projectCode() + " · " + request.projectName()));
        add(line("change.kind", getTranslation(request.kind().messageKey())));
        add(line("change.requestedBy", request.requestedBy() + (request.submittedAt() == null ? ""
                : " · " + ThaiDates.formatDateTime(request.submittedAt()))));
        add(line("project.field.status", getTranslation(request.status().messageKey())));
        add(new H4(getTranslation("change.reason")), multiline(request.reason()));
        if (request.description() != null) {
            add(new H4(getTranslation("change.description")), multiline(request.description()));
        }
        if (!request.changes().isEmpty()) {
            add(new H4(getTranslation("change.diff")), diff(this, request.base(), request.proposed(), request.changes()));
        }
        if (!request.evidence().isEmpty()) {
            var files = new Div();
            files.addClassName("evidence-list");
            for (var file : request.evidence()) {
                files.add(EvidenceUploads.downloadLink(file.fileName(), () -> changes.evidenceFile(request.id(), file.id())));
            }
            add(new H4(getTranslation("change.evidence")), files);
        }
        if (request.status() == ChangeStatus.APPROVED) {
            add(line("change.decision", getTranslation("project.baseline.approvedLine", getTranslation(request.kind().messageKey()),
                    request.letterNo(), ThaiDates.formatShort(request.letterDate())) + " · " + request.decidedBy()));
        } else if (request.decisionComment() != null) {
            add(line("change.comment", request.decisionComment() + " · " + request.decidedBy()));
        }
    }

    /** The fields that differ, before and after, in the words of the form. */
    static Grid<Row> diff(com.vaadin.flow.component.Component c, Baseline before, Baseline after, List<Baseline.Field> fields) {
        var grid = new Grid<Row>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.addColumn(Row::field).setHeader(c.getTranslation("change.field")).setWidth("10rem").setFlexGrow(0);
        grid.addComponentColumn(r -> multiline(r.before())).setHeader(c.getTranslation("change.before")).setFlexGrow(1);
        grid.addComponentColumn(r -> multiline(r.after())).setHeader(c.getTranslation("change.after")).setFlexGrow(1);
        grid.setItems(fields.stream().map(f -> new Row(c.getTranslation(f.messageKey()), before.text(f), after.text(f))).toList());
        grid.setAllRowsVisible(true);
        grid.addClassName("change-diff");
        return grid;
    }

    static Span multiline(String text) {
        var span = new Span(text == null ? "" : text);
        span.addClassName("report-steps");
        return span;
    }

    private Paragraph line(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("hint");
        var p = new Paragraph(label, new Span(value));
        p.addClassName("detail-line");
        return p;
    }
}
