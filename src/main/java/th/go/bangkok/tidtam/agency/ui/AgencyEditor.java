package th.go.bangkok.tidtam.agency.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Function;
import th.go.bangkok.tidtam.agency.AgencyData;
import th.go.bangkok.tidtam.agency.AgencyLevel;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.UiActions;

/** Adds or renames one agency. Only offices carry the 8-digit code. */
class AgencyEditor extends Dialog {

    private final TextField code = new TextField();
    private final TextField nameTh = new TextField();
    private final TextField nameEn = new TextField();
    private final TextField officialName = new TextField();

    AgencyEditor(AgencyNode existing, AgencyLevel level, AgencyNode values, Function<AgencyData, Long> save,
                 Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "agency.add" : "agency.edit") + " · "
                + getTranslation(level.messageKey()));
        code.setLabel(getTranslation("field.code"));
        code.setMaxLength(Limits.AGENCY_CODE);
        code.setAllowedCharPattern("[0-9]");
        code.setHelperText(getTranslation("agency.code.help"));
        code.setVisible(level == AgencyLevel.OFFICE);
        code.setRequiredIndicatorVisible(true);
        nameTh.setLabel(getTranslation("agency.shortName"));
        nameTh.setMaxLength(Limits.AGENCY_NAME);
        nameTh.setRequiredIndicatorVisible(true);
        nameEn.setLabel(getTranslation("field.nameEn"));
        nameEn.setMaxLength(Limits.AGENCY_NAME);
        officialName.setLabel(getTranslation("agency.officialName"));
        officialName.setMaxLength(Limits.AGENCY_NAME);
        officialName.setHelperText(getTranslation("agency.officialName.help"));
        officialName.addClassName("agency-official-name");
        if (values != null) {
            code.setValue(values.code() == null ? "" : values.code());
            nameTh.setValue(values.nameTh());
            nameEn.setValue(values.nameEn() == null ? "" : values.nameEn());
            officialName.setValue(values.officialName() == null ? "" : values.officialName());
        }
        var form = new FormLayout(code, nameTh, officialName, nameEn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        (level == AgencyLevel.OFFICE ? code : nameTh).focus();

        var ok = new Button(getTranslation("action.save"), e -> {
            nameTh.setInvalid(false);
            if (nameTh.getValue().isBlank()) {
                nameTh.setErrorMessage(getTranslation("agency.nameTh.required"));
                nameTh.setInvalid(true);
                return;
            }
            var data = new AgencyData(level == AgencyLevel.OFFICE ? code.getValue() : null, nameTh.getValue(),
                    nameEn.getValue(), officialName.getValue(), existing == null ? 0 : existing.version());
            if (UiActions.attempt(() -> save.apply(data))) {
                Notifications.success(getTranslation("saved"));
                onSaved.run();
                close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
        setWidth("min(32rem, 95vw)");
    }
}
