package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** "Are you sure?" before anything that cannot be undone, always with a cancel button. */
public final class Confirmations {

    private Confirmations() {
    }

    public static ConfirmDialog ask(String header, String text, String confirmText, boolean destructive,
                                    Runnable onConfirm) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(dialog.getTranslation("action.cancel"));
        dialog.setConfirmText(confirmText);
        if (destructive) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(e -> onConfirm.run());
        dialog.open();
        return dialog;
    }
}
