package th.go.bangkok.tidtam.users.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.security.PasswordPolicy;
import th.go.bangkok.tidtam.users.UserService;

/** "Change my password": the current one first, then the new one twice, checked as the user types. */
public class ChangePasswordDialog extends Dialog {

    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    public ChangePasswordDialog(UserService users) {
        setHeaderTitle(getTranslation("password.change"));
        current.setLabel(getTranslation("password.current"));
        next.setLabel(getTranslation("password.new"));
        repeat.setLabel(getTranslation("password.repeat"));
        for (var field : new PasswordField[] {current, next, repeat}) {
            field.setMaxLength(Limits.PASSWORD_MAX);
            field.setRequiredIndicatorVisible(true);
            field.setWidthFull();
        }
        next.setHelperText(getTranslation("password.rules"));
        current.setAutofocus(true);
        var form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(new Paragraph(getTranslation("password.change.hint")), form);

        var save = new Button(getTranslation("action.save"), e -> save(users));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(28rem, 95vw)");
    }

    private void save(UserService users) {
        current.setInvalid(false);
        next.setInvalid(false);
        repeat.setInvalid(false);
        if (current.isEmpty()) {
            invalid(current, getTranslation("password.current.required"));
            return;
        }
        var weakness = PasswordPolicy.violation(next.getValue(), null);
        if (weakness.isPresent()) {
            invalid(next, getTranslation(weakness.get()));
            return;
        }
        if (!next.getValue().equals(repeat.getValue())) {
            invalid(repeat, getTranslation("password.mismatch"));
            return;
        }
        if (UiActions.attempt(() -> users.changeOwnPassword(current.getValue(), next.getValue()),
                message -> invalid(message.equals(getTranslation("password.currentWrong")) ? current : next, message))) {
            Notifications.success(getTranslation("password.changed"));
            close();
        }
    }

    private static void invalid(PasswordField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }
}
