package th.go.bangkok.tidtam.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Collections;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.files.EvidenceType;
import th.go.bangkok.tidtam.base.files.EvidenceUpload;
import th.go.bangkok.tidtam.base.ui.BuddhistDatePicker;
import th.go.bangkok.tidtam.base.ui.EvidenceUploads;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.indicator.FiscalQuarter;
import th.go.bangkok.tidtam.indicator.IndicatorResultService;
import th.go.bangkok.tidtam.indicator.ResultData;
import th.go.bangkok.tidtam.indicator.ResultView;
import th.go.bangkok.tidtam.indicator.TargetKind;
import th.go.bangkok.tidtam.indicator.TargetView;

/**
 * บันทึกผล: a quarter's result by the owning agency: the value as typed (the service reads "1,250", "๑๒.๕",
 * "80 %", and refuses words with a clear message), or done and when for a milestone; a note; evidence files. The
 * input stays in the dialog when the service refuses it.
 */
class ResultDialog extends Dialog {

    ResultDialog(IndicatorResultService results, TargetView target, FiscalQuarter quarter, ResultView current,
                 Runnable saved) {
        addClassName("result-dialog");
        setHeaderTitle(getTranslation("indicator.result.title", quarter.quarter(), String.valueOf(quarter.fiscalYear())));
        setWidth("36rem");
        var value = new TextField(getTranslation("indicator.field.result"));
        value.addClassName("result-value");
        value.setHelperText(getTranslation("indicator.field.result.help", IndicatorTexts.target(this, target)));
        var done = new Checkbox(getTranslation("indicator.field.done"));
        var doneOn = new BuddhistDatePicker(getTranslation("indicator.field.doneOn"));
        var note = new TextArea(getTranslation("indicator.field.note"));
        note.setMaxLength(1000);
        var pending = Collections.synchronizedList(new ArrayList<EvidenceUpload>());
        var upload = EvidenceUploads.create(pending, EvidenceType.MAX_FILES - (current == null ? 0
                : current.evidence().size()), Notifications::error);
        boolean numeric = target.kind() != TargetKind.MILESTONE;
        value.setVisible(numeric);
        done.setVisible(!numeric);
        doneOn.setVisible(!numeric);
        if (current != null) {
            value.setValue(current.value() == null ? "" : IndicatorTexts.number(current.value()));
            done.setValue(Boolean.TRUE.equals(current.done()));
            doneOn.setValue(current.doneOn());
            note.setValue(current.note() == null ? "" : current.note());
        }
        var form = new FormLayout(value, done, doneOn, note);
        form.setColspan(note, 2);
        add(new Paragraph(getTranslation("indicator.result.period", ThaiDates.formatShort(quarter.firstDay()),
                ThaiDates.formatShort(quarter.lastDay()))), form, upload);
        if (current != null && current.reviewComment() != null) {
            var comment = new Paragraph(getTranslation("indicator.result.returnedWith", current.reviewComment()));
            comment.addClassName("return-note");
            addComponentAtIndex(1, comment);
        }
        var save = new Button(getTranslation("indicator.result.submit"), e -> {
            var data = new ResultData(numeric ? value.getValue() : null, numeric ? null : done.getValue(),
                    numeric ? null : doneOn.getValue(), note.getValue(), current == null ? null : current.version());
            if (UiActions.attempt(() -> results.saveResult(target.id(), quarter.quarter(), data, pending))) {
                Notifications.success(getTranslation("indicator.result.saved"));
                close();
                saved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-result");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
