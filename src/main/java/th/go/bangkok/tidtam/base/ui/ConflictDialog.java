package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;

/**
 * Shown when someone else saved the same record first. It lists what they changed next to what this user
 * typed, and lets the user choose: keep editing (their input stays in the form), take the other version, or
 * save theirs over it knowingly. Nothing is overwritten silently.
 */
public class ConflictDialog extends Dialog {

    /** One field that differs: its label, the value now stored, and the value in this user's form. */
    public record Difference(String field, String stored, String mine) {
    }

    public ConflictDialog(List<Difference> differences, Runnable takeTheirs, Runnable overwrite) {
        setHeaderTitle(getTranslation("conflict.title"));
        add(new Paragraph(getTranslation("conflict.explain")));
        if (!differences.isEmpty()) {
            var grid = new Grid<Difference>();
            grid.addColumn(Difference::field).setHeader(getTranslation("conflict.field")).setAutoWidth(true);
            grid.addColumn(Difference::stored).setHeader(getTranslation("conflict.stored")).setFlexGrow(1);
            grid.addColumn(Difference::mine).setHeader(getTranslation("conflict.mine")).setFlexGrow(1);
            grid.setItems(differences);
            grid.setAllRowsVisible(true);
            add(grid);
        }
        var keep = new Button(getTranslation("conflict.keepEditing"), e -> close());
        var theirs = new Button(getTranslation("conflict.takeTheirs"), e -> {
            close();
            takeTheirs.run();
        });
        var mine = new Button(getTranslation("conflict.overwrite"), e -> {
            close();
            overwrite.run();
        });
        mine.addThemeVariants(ButtonVariant.LUMO_ERROR);
        keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(theirs, mine, keep);
        setWidth("min(44rem, 95vw)");
    }
}
