package th.go.bangkok.tidtam.security;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import th.go.bangkok.tidtam.base.Limits;

/**
 * What a password must be: at least {@value Limits#PASSWORD_MIN} characters with letters and digits, not the
 * username, not one of the passwords everybody tries first.
 */
public final class PasswordPolicy {

    private static final Set<String> COMMON = Set.of(
            "password", "password1", "password123", "1234567890", "12345678910", "qwertyuiop", "admin12345",
            "administrator", "bangkok123", "bangkok2569", "tidtam1234", "welcome123", "abc1234567", "p@ssw0rd",
            "p@ssw0rd123", "iloveyou12", "changeme123");

    private PasswordPolicy() {
    }

    /** The message key of the first rule the password breaks, or empty when it is acceptable. */
    public static Optional<String> violation(String password, String username) {
        if (password == null || password.length() < Limits.PASSWORD_MIN) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > Limits.PASSWORD_MAX) {
            return Optional.of("password.tooLong");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        if (!letter || !digit) {
            return Optional.of("password.needsLetterAndDigit");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        if (COMMON.contains(lower)) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    /** @throws WeakPasswordException naming the broken rule */
    public static void check(String password, String username) {
        violation(password, username).ifPresent(key -> {
            throw new WeakPasswordException(key);
        });
    }

    /** A rule of the policy broken; the screens say which, like any other broken rule. */
    public static final class WeakPasswordException extends th.go.bangkok.tidtam.base.BusinessRuleException {

        WeakPasswordException(String messageKey) {
            super(messageKey);
        }
    }
}
