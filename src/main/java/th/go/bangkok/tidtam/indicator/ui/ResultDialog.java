package th.go.bangkok.tidtam.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import java.util.ArrayList;
import java.util.Collections;
import th.go.bangkok.tidtam.base.ThaiDates;
import th.go.bangkok.tidtam.base.files.EvidenceType;
import th.go.bangkok.tidtam.base.files.EvidenceUpload;
import th.go.bangkok.tidtam.base.ui.BuddhistDatePicker;
import th.go.bangkok.tidtam.base.ui.EvidenceUploads;
import th.go.bangkok.tidtam.base.ui.FieldErrors;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.RecordBinder;
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
 * input stays in the dialog when the service refuses it; a buffered binder checks ResultData's rules at the fields
 * first.
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
        // the version read (null before the quarter's first result) travels with the form, unseen
        var version = new ReadOnlyHasValue<Long>(v -> { });
        var binder = new RecordBinder<>(ResultData.class);
        binder.forField(value).bind("value");
        binder.forField(done).bind("done");
        binder.forField(doneOn).bind("doneOn");
        binder.forField(note).bind("note");
        binder.forField(version).bind("version");
        var errors = new FieldErrors(value, doneOn, note);
        binder.readRecord(current == null ? new ResultData(null, false, null, null, null)
                : new ResultData(current.value() == null ? null : IndicatorTexts.number(current.value()),
                        Boolean.TRUE.equals(current.done()), current.doneOn(), current.note(), current.version()));
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
            var written = binder.writeOrShow(errors);
            if (written.isEmpty()) {
                return;
            }
            var typed = written.get();
            // a number target sends its value, a milestone whether and when it was done
            var data = numeric ? new ResultData(typed.value(), null, null, typed.note(), typed.version())
                    : new ResultData(null, typed.done(), typed.doneOn(), typed.note(), typed.version());
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
