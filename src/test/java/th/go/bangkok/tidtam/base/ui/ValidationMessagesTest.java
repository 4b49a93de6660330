package th.go.bangkok.tidtam.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

/** A broken rule's getMessage() is a sentence from our bundles, never the "{key}" of its template. */
class ValidationMessagesTest {

    record Person(@NotBlank(message = "{project.responsibleName.required}") String name,
                  @Size(max = 3) String code) {
    }

    @Test
    void the_validator_spring_builds_reads_our_keys_in_thai_outside_a_screen() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
                .withUserConfiguration(ValidationMessages.class)
                .run(context -> assertThat(messages(context.getBean(Validator.class), new Person(" ", "abc")))
                        .containsExactly("กรุณาระบุชื่อผู้รับผิดชอบ"));
    }

    @Test
    void bean_validations_own_messages_and_attributes_are_still_interpolated() {
        var configuration = Validation.byDefaultProvider().configure();
        var validator = configuration.messageInterpolator(new ValidationMessages.BundleInterpolator(
                configuration.getDefaultMessageInterpolator())).buildValidatorFactory().getValidator();
        assertThat(messages(validator, new Person("นายวรวุฒิ", "abcd"))).singleElement().asString()
                .contains("3").doesNotContain("{");
    }

    private static java.util.List<String> messages(Validator validator, Person person) {
        return validator.validate(person).stream().map(ConstraintViolation::getMessage).toList();
    }
}
