package th.go.bangkok.tidtam.base;

/** No such record, or none this user may see: the two look the same from outside, on purpose. */
public class NotFoundException extends BusinessRuleException {

    public NotFoundException(String entityType, Object id) {
        super("error.notFoundOrNotPermitted", entityType, id);
    }
}
