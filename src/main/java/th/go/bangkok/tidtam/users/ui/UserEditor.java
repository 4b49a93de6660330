package th.go.bangkok.tidtam.users.ui;

import th.go.bangkok.tidtam.base.ui.Confirmations;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.converter.StringToLongConverter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.base.ui.ConflictDialog;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.security.PasswordPolicy;
import th.go.bangkok.tidtam.security.Role;
import th.go.bangkok.tidtam.users.AgencyRule;
import th.go.bangkok.tidtam.users.UserData;
import th.go.bangkok.tidtam.users.UserService;

/** Creates or edits one account in a buffered form; nothing reaches the database until "บันทึก". */
class UserEditor extends Dialog {

    private final UserService users;
    private final Long id;
    private final Runnable onSaved;
    private final Map<Long, AgencyNode> agencies;
    private final Map<Long, String> agencyPaths;
    private final Binder<UserData> binder = new Binder<>(UserData.class);
    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final TextField position = new TextField();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final ComboBox<Long> agency = new ComboBox<>();
    private final Checkbox enabled = new Checkbox();
    private final PasswordField password = new PasswordField();
    private UserData loaded;

    UserEditor(UserService users, List<AgencyNode> agencyList, Long id, Runnable onSaved) {
        this.users = users;
        this.id = id;
        this.onSaved = onSaved;
        this.agencies = agencyList.stream().collect(Collectors.toMap(AgencyNode::id, Function.identity()));
        this.agencyPaths = AgencyNode.paths(agencyList);
        setHeaderTitle(getTranslation(id == null ? "users.add" : "users.edit"));
        setWidth("min(48rem, 95vw)");

        label(username, "field.username", Limits.USERNAME);
        label(fullName, "field.fullName", Limits.PERSON_NAME);
        label(position, "field.position", Limits.POSITION);
        label(phone, "field.phone", Limits.PHONE);
        email.setLabel(getTranslation("field.email"));
        email.setMaxLength(Limits.EMAIL);
        email.setErrorMessage(getTranslation("user.email.invalid"));
        role.setLabel(getTranslation("field.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        agency.setLabel(getTranslation("field.agency"));
        agency.setItems(agencyList.stream().map(AgencyNode::id).sorted((a, b) -> path(a).compareTo(path(b))).toList());
        agency.setItemLabelGenerator(this::path);
        agency.setClearButtonVisible(true);
        agency.setHelperText(getTranslation("users.agency.help"));
        enabled.setLabel(getTranslation("users.status.enabled"));
        password.setLabel(getTranslation("password.initial"));
        password.setHelperText(getTranslation("password.rules"));
        password.setMaxLength(Limits.PASSWORD_MAX);

        binder.forField(username).asRequired(getTranslation("user.username.required"))
                .withValidator(v -> v.strip().length() >= Limits.USERNAME_MIN, getTranslation("user.username.size"))
                .withValidator(v -> v.matches("[a-zA-Z0-9._-]*"), getTranslation("user.username.pattern"))
                .bind("username");
        binder.forField(fullName).asRequired(getTranslation("user.fullName.required")).bind("fullName");
        binder.forField(position).bind("position");
        binder.forField(phone).withValidator(v -> v == null || v.matches("[0-9 ,\\-#()+]*"),
                getTranslation("user.phone.pattern")).bind("phone");
        binder.forField(email).bind("email");
        binder.forField(role).asRequired(getTranslation("user.role.required")).bind("role");
        binder.forField(agency).withValidator(this::agencyFitsRole, getTranslation("users.agency.mismatch"))
                .bind("agencyId");
        binder.forField(enabled).bind("enabled");
        // the version travels with the form, unseen, so a concurrent save is detected rather than overwritten
        binder.forField(new TextField()).withConverter(new StringToLongConverter("")).bind("version");
        role.addValueChangeListener(e -> binder.validate());

        var form = new FormLayout(username, fullName, position, phone, email, role, agency, enabled);
        form.setColspan(agency, 2);
        if (id == null) {
            form.add(password);
        }
        add(form);

        var save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        if (id != null) {
            var reset = new Button(getTranslation("users.resetPassword"), e -> resetPassword());
            reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            getFooter().add(reset);
        }
        getFooter().add(cancel, save);
        load();
    }

    private void load() {
        loaded = id == null ? UserData.blank() : users.get(id);
        binder.readRecord(loaded);
        username.setReadOnly(id != null);
        fullName.focus();
        if (id == null) {
            username.focus();
        }
    }

    private boolean agencyFitsRole(Long agencyId) {
        var r = role.getValue();
        if (r == null) {
            return true;
        }
        var node = agencyId == null ? null : agencies.get(agencyId);
        return AgencyRule.violation(r, node == null ? null : node.level()).isEmpty();
    }

    private void save() {
        UserData data;
        try {
            data = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        if (id == null) {
            var weakness = PasswordPolicy.violation(password.getValue(), data.username());
            if (weakness.isPresent()) {
                password.setErrorMessage(getTranslation(weakness.get()));
                password.setInvalid(true);
                return;
            }
        }
        if (loaded.enabled() && !data.enabled()) {
            Confirmations.ask(getTranslation("users.disable.title"), getTranslation("users.disable.confirm",
                    data.fullName()), getTranslation("users.disable.action"), true, () -> submit(data));
            return;
        }
        submit(data);
    }

    private void submit(UserData data) {
        boolean ok = UiActions.attemptSave(() -> {
            if (id == null) {
                users.create(data, password.getValue());
            } else {
                users.update(id, data);
            }
        }, () -> showConflict(data));
        if (ok) {
            Notifications.success(getTranslation("saved"));
            onSaved.run();
            close();
        }
    }

    private void showConflict(UserData mine) {
        var stored = users.get(id);
        var differences = new ArrayList<ConflictDialog.Difference>();
        compare(differences, "field.fullName", stored.fullName(), mine.fullName());
        compare(differences, "field.position", stored.position(), mine.position());
        compare(differences, "field.phone", stored.phone(), mine.phone());
        compare(differences, "field.email", stored.email(), mine.email());
        compare(differences, "field.role", getTranslation(stored.role().messageKey()), getTranslation(mine.role().messageKey()));
        compare(differences, "field.agency", stored.agencyId() == null ? "" : path(stored.agencyId()),
                mine.agencyId() == null ? "" : path(mine.agencyId()));
        compare(differences, "users.status.enabled", String.valueOf(stored.enabled()), String.valueOf(mine.enabled()));
        new ConflictDialog(differences, () -> {
            loaded = stored;
            binder.readRecord(stored);
        }, () -> {
            loaded = stored;
            submit(withVersion(mine, stored.version()));
        }).open();
    }

    private void compare(List<ConflictDialog.Difference> out, String key, String stored, String mine) {
        if (!Objects.equals(blank(stored), blank(mine))) {
            out.add(new ConflictDialog.Difference(getTranslation(key), blank(stored), blank(mine)));
        }
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }

    private static UserData withVersion(UserData d, long version) {
        return new UserData(d.username(), d.fullName(), d.position(), d.phone(), d.email(), d.role(), d.agencyId(),
                d.enabled(), version);
    }

    private void resetPassword() {
        var field = new PasswordField(getTranslation("password.new"));
        field.setHelperText(getTranslation("password.rules"));
        field.setWidthFull();
        var dialog = Confirmations.dialog(getTranslation("users.resetPassword"), getTranslation("users.resetPassword"),
                false);
        dialog.add(field);
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> {
            if (UiActions.attempt(() -> users.resetPassword(id, field.getValue()))) {
                Notifications.success(getTranslation("users.passwordReset"));
            }
        });
        dialog.open();
    }

    private String path(Long agencyId) {
        return agencyPaths.get(agencyId);
    }

    private void label(TextField field, String key, int max) {
        field.setLabel(getTranslation(key));
        field.setMaxLength(max);
    }
}
