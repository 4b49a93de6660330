package th.go.bangkok.tidtam.change;

/**
 * What a change request changes. Targets, period and budget change baseline fields, so their proposed values are
 * structured; method, expense items and other changes have no field on the form and are described in words.
 */
public enum ChangeKind {
    TARGETS(true), METHOD(false), EXPENSES(false), PERIOD(true), BUDGET(true), OTHER(false);

    private final boolean structured;

    ChangeKind(boolean structured) {
        this.structured = structured;
    }

    /** Whether the request proposes new values for baseline fields (rather than a description). */
    public boolean structured() {
        return structured;
    }

    public String messageKey() {
        return "change.kind." + name().toLowerCase();
    }
}
