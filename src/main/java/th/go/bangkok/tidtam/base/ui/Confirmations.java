package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * "Are you sure?" before anything that cannot be undone, always with a cancel button. Every ConfirmDialog is built
 * here, so none of its three buttons can keep Vaadin's English default (Confirm, Cancel, Reject) in a Thai screen.
 * A destructive one (red confirm button) opens with the focus on Cancel; any other keeps Vaadin's focus on its confirm
 * button, where Enter carries on with what the user has just asked for (send, accept, import) and destroys nothing.
 */
public final class Confirmations {

    /**
     * Moves the focus to Cancel once the dialog has put it on Confirm, so that a stray Enter or Space cancels. The web
     * component focuses its confirm button when its overlay reports "vaadin-overlay-open", a frame and a timeout after
     * opening: a server-side focus() or autofocus comes before that and is overridden. The overlay's event bubbles
     * within the dialog's shadow root, where this listener runs in the same task right after the component's own, so
     * no key press can land in between. Escape still cancels (the dialog handles it whatever has the focus).
     */
    private static final String CANCEL_FIRST = """
            const dialog = this;
            if (!dialog.__cancelFirst) {
              dialog.__cancelFirst = true;
              customElements.whenDefined(dialog.localName).then(() => dialog.shadowRoot.addEventListener(
                  'vaadin-overlay-open', e => {
                    const cancel = dialog.querySelector(':scope > [slot="cancel-button"]');
                    if (e.target.owner === dialog && cancel) {
                      cancel.focus();
                    }
                  }));
            }
            """;

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
            // attached anew at every open (the dialog adds itself to the UI then, and leaves it on close)
            dialog.addAttachListener(e -> dialog.getElement().executeJs(CANCEL_FIRST));
        }
        return dialog;
    }
}
