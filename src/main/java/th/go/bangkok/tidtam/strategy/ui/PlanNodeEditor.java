package th.go.bangkok.tidtam.strategy.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Function;
import th.go.bangkok.tidtam.base.FiscalYear;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.strategy.PlanLevel;
import th.go.bangkok.tidtam.strategy.PlanNodeData;
import th.go.bangkok.tidtam.strategy.PlanNodeView;

/** Adds or edits one plan node. */
class PlanNodeEditor extends Dialog {

    private final TextField code = new TextField();
    private final TextArea nameTh = new TextArea();
    private final TextArea nameEn = new TextArea();
    private final IntegerField validFrom = new IntegerField();
    private final IntegerField validTo = new IntegerField();

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
        validTo.setLabel(getTranslation("plan.validTo"));
        validTo.setHelperText(getTranslation("plan.validTo.help"));
        if (existing != null) {
            code.setValue(existing.code());
            nameTh.setValue(existing.nameTh());
            nameEn.setValue(existing.nameEn() == null ? "" : existing.nameEn());
            validFrom.setValue(existing.validFromFy());
            validTo.setValue(existing.validToFy());
        } else {
            validFrom.setValue(defaultFrom);
        }
        var form = new FormLayout(code, validFrom, validTo, nameTh, nameEn);
        form.setColspan(nameTh, 3);
        form.setColspan(nameEn, 3);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 3));
        add(form);
        code.focus();

        var ok = new Button(getTranslation("action.save"), e -> {
            var data = new PlanNodeData(code.getValue(), nameTh.getValue(), nameEn.getValue(),
                    validFrom.getValue() == null ? 0 : validFrom.getValue(), validTo.getValue(),
                    existing == null ? 0 : existing.version());
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
