package th.go.bangkok.tidtam.indicator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ReadOnlyHasValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import th.go.bangkok.tidtam.agency.AgencyNode;
import th.go.bangkok.tidtam.agency.AgencyService;
import th.go.bangkok.tidtam.base.ui.BuddhistDatePicker;
import th.go.bangkok.tidtam.base.ui.ConflictDialog;
import th.go.bangkok.tidtam.base.ui.FieldErrors;
import th.go.bangkok.tidtam.base.ui.Notifications;
import th.go.bangkok.tidtam.base.ui.RecordBinder;
import th.go.bangkok.tidtam.base.ui.UiActions;
import th.go.bangkok.tidtam.indicator.Direction;
import th.go.bangkok.tidtam.indicator.IndicatorService;
import th.go.bangkok.tidtam.indicator.IndicatorTargetService;
import th.go.bangkok.tidtam.indicator.TargetData;
import th.go.bangkok.tidtam.indicator.TargetKind;
import th.go.bangkok.tidtam.indicator.TargetView;

/**
 * กำหนดเป้าหมาย: an indicator's target for one fiscal year (coordinators, administrators). The fields follow the
 * kind: a value and direction for a number or percentage, a due date for a milestone. Someone else's save in between
 * opens the conflict dialog with both versions; the input stays.
 */
class TargetDialog extends Dialog {

    private final Select<TargetKind> kind = new Select<>();
    private final TextField unit = new TextField();
    private final BigDecimalField value = new BigDecimalField();
    private final BuddhistDatePicker dueDate = new BuddhistDatePicker();
    private final Select<Direction> direction = new Select<>();
    private final BigDecimalField baseline = new BigDecimalField();
    private final ComboBox<AgencyNode> owner = new ComboBox<>();
    /** The version read (null before the year's first target) travels with the form, unseen. */
    private final ReadOnlyHasValue<Long> version = new ReadOnlyHasValue<>(v -> { });
    /** Buffered: the target is what the fields hold when it is saved, checked as the service checks it. */
    private final RecordBinder<TargetData> binder = new RecordBinder<>(TargetData.class);
    private final FieldErrors errors = new FieldErrors(kind, unit, value, dueDate, direction, baseline, owner);
    private final IndicatorService indicators;
    private final IndicatorTargetService targets;
    private final long indicatorId;
    private final int fiscalYear;
    private final Runnable saved;

    TargetDialog(IndicatorService indicators, IndicatorTargetService targets, AgencyService agencies, long indicatorId,
                 String title, int fiscalYear, TargetView current, Runnable saved) {
        this.indicators = indicators;
        this.targets = targets;
        this.indicatorId = indicatorId;
        this.fiscalYear = fiscalYear;
        this.saved = saved;
        addClassName("target-dialog");
        setHeaderTitle(getTranslation("indicator.target.title", String.valueOf(fiscalYear)));
        setWidth("40rem");
        kind.setLabel(getTranslation("indicator.field.kind"));
        kind.setItems(TargetKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        unit.setLabel(getTranslation("indicator.field.unit"));
        unit.setPlaceholder(getTranslation("indicator.field.unit.example"));
        unit.setMaxLength(40);
        value.setLabel(getTranslation("indicator.field.value"));
        dueDate.setLabel(getTranslation("indicator.field.dueDate"));
        direction.setLabel(getTranslation("indicator.field.direction"));
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(d -> getTranslation(d.messageKey()));
        baseline.setLabel(getTranslation("indicator.field.baseline"));
        var all = agencies.all();
        var paths = AgencyNode.paths(all);
        owner.setLabel(getTranslation("indicator.field.owner"));
        owner.setItems(all.stream().sorted(Comparator.comparing(a -> paths.get(a.id()))).toList());
        owner.setItemLabelGenerator(a -> paths.get(a.id()));
        owner.setRequired(true);
        kind.addValueChangeListener(e -> showFieldsFor(e.getValue()));
        bind(all);
        binder.readRecord(current != null
                ? new TargetData(current.kind(), current.unit(), current.value(), current.dueDate(),
                        current.direction(), current.baseline(), current.ownerAgencyId(), current.version())
                : new TargetData(TargetKind.NUMBER, null, null, null, Direction.HIGHER, null, null, null));
        var form = new FormLayout(kind, unit, value, direction, baseline, dueDate, owner);
        form.setColspan(owner, 2);
        add(new Paragraph(title), form);
        var save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-target");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void bind(List<AgencyNode> agencies) {
        binder.forField(kind).bind("kind");
        binder.forField(unit).bind("unit");
        binder.forField(value).bind("targetValue");
        binder.forField(dueDate).bind("dueDate");
        binder.forField(direction).bind("direction");
        binder.forField(baseline).bind("baseline");
        binder.forField(owner).withConverter(a -> a == null ? null : a.id(), (Long id) -> id == null ? null
                : agencies.stream().filter(a -> a.id() == id).findFirst().orElse(null)).bind("ownerAgencyId");
        binder.forField(version).bind("version");
    }

    private void showFieldsFor(TargetKind k) {
        boolean numeric = k == null || k.numeric();
        value.setVisible(numeric);
        direction.setVisible(numeric);
        baseline.setVisible(numeric);
        unit.setVisible(numeric);
        dueDate.setVisible(!numeric);
    }

    /** One call: the target as typed, once it keeps the rules the service checks; a lost race opens the conflict. */
    private void save() {
        var written = binder.writeOrShow(errors);
        if (written.isEmpty()) {
            return;
        }
        var mine = written.get();
        if (UiActions.attemptSave(() -> targets.saveTarget(indicatorId, fiscalYear, mine), () -> showConflict(mine))) {
            Notifications.success(getTranslation("indicator.target.saved"));
            close();
            saved.run();
        }
    }

    /** Someone saved this year's target meanwhile: theirs next to what this user typed; the input stays. */
    private void showConflict(TargetData mine) {
        var stored = indicators.details(indicatorId).years().stream()
                .filter(y -> y.target().fiscalYear() == fiscalYear).findFirst().orElseThrow().target();
        var differences = new ArrayList<ConflictDialog.Difference>();
        difference(differences, "indicator.field.kind", stored.kind(), mine.kind());
        difference(differences, "indicator.field.value", stored.value(), mine.targetValue());
        difference(differences, "indicator.field.dueDate", stored.dueDate(), mine.dueDate());
        difference(differences, "indicator.field.baseline", stored.baseline(), mine.baseline());
        difference(differences, "indicator.field.owner", stored.ownerName(), owner.getValue() == null ? null
                : owner.getItemLabelGenerator().apply(owner.getValue()));
        new ConflictDialog(differences, () -> {
            close();
            saved.run();
        }, () -> {
            version.setValue(stored.version());
            save();
        }).open();
    }

    private void difference(java.util.List<ConflictDialog.Difference> out, String key, Object stored, Object mine) {
        if (!Objects.equals(stored == null ? "" : stored.toString(), mine == null ? "" : mine.toString())) {
            out.add(new ConflictDialog.Difference(getTranslation(key), stored == null ? "" : stored.toString(),
                    mine == null ? "" : mine.toString()));
        }
    }
}
