package th.go.bangkok.tidtam.base;

import java.util.Arrays;

/**
 * A request the rules refuse (an agency still in use, a duplicate code). Carries an i18n key and its arguments,
 * so the screen says why in the user's language; never a stack trace.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
