package th.go.bangkok.tidtam.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import th.go.bangkok.tidtam.base.Limits;
import th.go.bangkok.tidtam.security.PasswordPolicy.WeakPasswordException;

class PasswordPolicyTest {

    static final String USERNAME = "somchai";

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"short1, password.tooShort", "abcde1234, password.tooShort", "'', password.tooShort",
            "onlyletterspassword, password.needsLetterAndDigit", "12345678901, password.needsLetterAndDigit",
            "!!--??!!--??, password.needsLetterAndDigit", "รหัสผ่านยาวมากเลย, password.needsLetterAndDigit",
            "somchai-2569-x, password.containsUsername", "x-SomChai-2569, password.containsUsername",
            "Password123, password.common", "BANGKOK2569, password.common", "p@ssw0rd123, password.common"})
    void a_weak_password_names_the_rule_it_breaks(String password, String key) {
        assertThat(PasswordPolicy.violation(password, USERNAME)).contains(key);
        assertThatThrownBy(() -> PasswordPolicy.check(password, USERNAME))
                .isInstanceOfSatisfying(WeakPasswordException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void no_password_is_too_short() {
        assertThat(PasswordPolicy.violation(null, USERNAME)).contains("password.tooShort");
        assertThatThrownBy(() -> PasswordPolicy.check(null, USERNAME))
                .isInstanceOfSatisfying(WeakPasswordException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.tooShort"));
    }

    @Test
    void a_password_of_exactly_the_minimum_length_is_long_enough() {
        var password = "kanya-2569";
        assertThat(password).hasSize(Limits.PASSWORD_MIN);
        assertThat(PasswordPolicy.violation(password, USERNAME)).isEmpty();
        assertThat(PasswordPolicy.violation(password.substring(1), USERNAME)).contains("password.tooShort");
    }

    @Test
    void a_password_one_character_over_the_maximum_is_too_long() {
        var longest = "a1".repeat(Limits.PASSWORD_MAX / 2);
        assertThat(longest).hasSize(Limits.PASSWORD_MAX);
        assertThat(PasswordPolicy.violation(longest, USERNAME)).isEmpty();
        assertThat(PasswordPolicy.violation(longest + "b", USERNAME)).contains("password.tooLong");
        assertThatThrownBy(() -> PasswordPolicy.check(longest + "b", USERNAME))
                .isInstanceOfSatisfying(WeakPasswordException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("password.tooLong"));
    }

    @Test
    void the_username_is_found_whatever_the_case_of_either() {
        assertThat(PasswordPolicy.violation("xx-SOMCHAI-2569", "somchai")).contains("password.containsUsername");
        assertThat(PasswordPolicy.violation("xx-somchai-2569", "SomChai")).contains("password.containsUsername");
    }

    @Test
    void without_a_username_only_the_other_rules_apply() {
        assertThat(PasswordPolicy.violation("somchai-2569-x", null)).isEmpty();
        assertThat(PasswordPolicy.violation("somchai-2569-x", "  ")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Tidtam-2569", "ก้าวหน้า-2569-ok", "kanya-2569", "Correct7Horse"})
    void an_acceptable_password_passes(String password) {
        assertThat(PasswordPolicy.violation(password, USERNAME)).isEmpty();
        assertThatCode(() -> PasswordPolicy.check(password, USERNAME)).doesNotThrowAnyException();
    }
}
