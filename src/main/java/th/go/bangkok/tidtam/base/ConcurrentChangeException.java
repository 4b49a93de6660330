package th.go.bangkok.tidtam.base;

/** Someone saved the same record since this user opened it; the user's input is kept and they choose what next. */
public class ConcurrentChangeException extends BusinessRuleException {

    public ConcurrentChangeException(String entityType, Object id) {
        super("error.concurrentChange", entityType, id);
    }
}
