package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * "Are you sure?" before anything that cannot be undone, always with a cancel button. Every ConfirmDialog is built
 * here, so none of its three buttons can keep Vaadin's English default (Confirm, Cancel, Reject) in a Thai screen.
 */
public final class Confirmations {

    private Confirmations() {
    }

    public static ConfirmDialog ask(String header, String text, String confirmText, boolean destructive,
                                    Runnable onConfirm) {
        var dialog = dialog(header, confirmText, destructive);
        dialog.setText(text);
        dialog.addConfirmListener(e -> onConfirm.run());
        dialog.open();
        return dialog;
    }

    /** A confirmation not yet opened, for one that holds a field of its own (a new password, a year). */
    public static ConfirmDialog dialog(String header, String confirmText, boolean destructive) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(header);
        dialog.setCancelable(true);
        dialog.setCancelText(dialog.getTranslation("action.cancel"));
        // never shown (no dialog of ours is rejectable), but set so that no default English text is left
        dialog.setRejectText(dialog.getTranslation("action.no"));
        dialog.setConfirmText(confirmText);
        if (destructive) {
            dialog.setConfirmButtonTheme("error primary");
        }
        return dialog;
    }
}
