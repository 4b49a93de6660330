package th.go.bangkok.tidtam.agency.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import java.util.function.Function;
import th.go.bangkok.tidtam.agency.AgencyData;
import th.go.bangkok.tidtam.agency.AgencyLevel;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.base.ui.FieldErrors;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.RecordBinder;
import th.go.bangkok.tidtam.base.ui.UiActions;

/**
 * Adds or renames one agency. Only offices carry the 8-digit code. A buffered binder checks AgencyData's rules at the
 * fields, in the service's words, before the one save call.
 */
class AgencyEditor extends Dialog {

    private final TextField code = new TextField();
    private final TextField nameTh = new TextField();
    private final TextField nameEn = new TextField();
    private final TextField officialName = new TextField();
    /** The version read travels with the form, unseen. */
    private final ReadOnlyHasValue<Long> version = new ReadOnlyHasValue<>(v -> { });
    private final RecordBinder<AgencyData> binder = new RecordBinder<>(AgencyData.class);
    private final FieldErrors errors = new FieldErrors(code, nameTh, nameEn, officialName);

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
        // only an office carries a code
        binder.forField(code).withConverter(c -> level == AgencyLevel.OFFICE ? c : null,
                (String c) -> c == null ? "" : c).bind("code");
        binder.forField(nameTh).bind("nameTh");
        binder.forField(nameEn).bind("nameEn");
        binder.forField(officialName).bind("officialName");
        binder.forField(version).bind("version");
        long read = existing == null ? 0 : existing.version();
        binder.readRecord(values == null ? new AgencyData(null, null, null, null, read)
                : new AgencyData(values.code(), values.nameTh(), values.nameEn(), values.officialName(), read));
        var form = new FormLayout(code, nameTh, officialName, nameEn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        (level == AgencyLevel.OFFICE ? code : nameTh).focus();

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
        ok.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
        setWidth("min(32rem, 95vw)");
    }
}
