package th.go.bangkok.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"short1, password.tooShort", "onlyletterspassword, password.needsLetterAndDigit",
            "12345678901, password.needsLetterAndDigit", "somchai-2569-x, password.containsUsername",
            "Password123, password.common"})
    void a_weak_password_names_the_rule_it_breaks(String password, String key) {
        assertThat(PasswordPolicy.violation(password, "somchai")).contains(key);
        assertThatThrownBy(() -> PasswordPolicy.check(password, "somchai"))
                .isInstanceOfSatisfying(PasswordPolicy.WeakPasswordException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @ParameterizedTest
    @CsvSource({"Tidtam-2569", "ก้าวหน้า-2569-ok"})
    void a_reasonable_password_passes(String password) {
        assertThat(PasswordPolicy.violation(password, "somchai")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"129"})
    void an_overlong_password_is_refused(int length) {
        assertThat(PasswordPolicy.violation("a1".repeat(length), "x")).contains("password.tooLong");
    }
}
