package th.go.bangkok.tidtam.strategy.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import java.util.function.Function;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.base.ui.FieldErrors;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.RecordBinder;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanNodeData;
import th.go.bangkok.tidtam.strategy.PlanNodeView;

/**
 * Adds or edits one plan node. A buffered binder checks PlanNodeData's rules at the fields, in the service's words,
 * before the one save call.
 */
class PlanNodeEditor extends Dialog {

    private final TextField code = new TextField();
    private final TextArea nameTh = new TextArea();
    private final TextArea nameEn = new TextArea();
    private final IntegerField validFrom = new IntegerField();
    private final IntegerField validTo = new IntegerField();
    /** The version read travels with the form, unseen. */
    private final ReadOnlyHasValue<Long> version = new ReadOnlyHasValue<>(v -> { });
    private final RecordBinder<PlanNodeData> binder = new RecordBinder<>(PlanNodeData.class);
    private final FieldErrors errors = new FieldErrors(code, nameTh, nameEn, validFrom, validTo);

    PlanNodeEditor(PlanLevel level, PlanNodeView existing, int defaultFrom, Function<PlanNodeData, Long> save,
                   Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "plan.add" : "plan.edit") + " · "
                + getTranslation(level.messageKey()));
        code.setLabel(getTranslation("plan.code"));
        code.setHelperText(getTranslation("plan.code.help"));
        code.setRequiredIndicatorVisible(true);
        nameTh.setLabel(getTranslation("field.nameTh"));
        nameTh.setMaxLength(Limits.PLAN_NAME);
        nameTh.setRequiredIndicatorVisible(true);
        nameEn.setLabel(getTranslation("field.nameEn"));
        nameEn.setMaxLength(Limits.PLAN_NAME);
        validFrom.setLabel(getTranslation("plan.validFrom"));
        validFrom.setMin(FiscalYear.MIN);
        validFrom.setMax(FiscalYear.MAX);
        // the field's own range check speaks as the service does
        validFrom.setI18n(new IntegerField.IntegerFieldI18n().setMinErrorMessage(getTranslation("plan.fy.range"))
                .setMaxErrorMessage(getTranslation("plan.fy.range")));
        validTo.setLabel(getTranslation("plan.validTo"));
        validTo.setHelperText(getTranslation("plan.validTo.help"));
        binder.forField(code).bind("code");
        binder.forField(nameTh).bind("nameTh");
        binder.forField(nameEn).bind("nameEn");
        binder.forField(validFrom).withConverter(y -> y == null ? 0 : y, (Integer y) -> y).bind("validFromFy");
        binder.forField(validTo).bind("validToFy");
        binder.forField(version).bind("version");
        binder.readRecord(existing != null ? new PlanNodeData(existing.code(), existing.nameTh(), existing.nameEn(),
                existing.validFromFy(), existing.validToFy(), existing.version())
                : new PlanNodeData(null, null, null, defaultFrom, null, 0));
        var form = new FormLayout(code, validFrom, validTo, nameTh, nameEn);
        form.setColspan(nameTh, 3);
        form.setColspan(nameEn, 3);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        add(form);
        code.focus();

        var ok = new Button(getTranslation("action.save"), e -> {
            var written = binder.writeOrShow(errors);
            if (written.isEmpty()) {
                return;
            }
            var data = written.get();
            if (UiActions.attempt(() -> save.apply(data))) {
                Notifications.success(getTranslation("saved"));
                onSaved.run();
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickShortcut(Key.ENTER).listenOn(code, validFrom, validTo);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
        setWidth("min(48rem, 95vw)");
    }
}
