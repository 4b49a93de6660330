package th.go.bangkok.tidtam.base.ui;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.cfg.AvailableSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import th.go.bangkok.tidtam.base.Messages;

/**
 * Bean Validation reads its messages from our bundles, in the language of the screen at hand (Thai outside one), so
 * that a ConstraintViolation's getMessage() is a sentence and never "{project.target.breakdown.sum}": its default
 * bundle, ValidationMessages.properties, knows none of our keys. Templates of Bean Validation's own
 * ("{jakarta.validation.constraints.NotNull.message}") and attributes ("{max}") are left to the standard interpolator.
 */
@Configuration(proxyBeanMethods = false)
class ValidationMessages {

    @Bean
    ValidationConfigurationCustomizer messagesFromOurBundles() {
        return configuration -> configuration.messageInterpolator(
                new BundleInterpolator(configuration.getDefaultMessageInterpolator()));
    }

    /** Hibernate checks entities before writing them; by default with a validator of its own, blind to our bundles. */
    @Bean
    HibernatePropertiesCustomizer entitiesCheckedByTheSameValidator(ObjectProvider<ValidatorFactory> validator) {
        return properties -> properties.put(AvailableSettings.JAKARTA_VALIDATION_FACTORY, validator.getObject());
    }

    static final class BundleInterpolator implements MessageInterpolator {

        private static final Pattern KEY = Pattern.compile("\\{([A-Za-z][A-Za-z0-9_.]*)}");

        private final MessageInterpolator standard;

        BundleInterpolator(MessageInterpolator standard) {
            this.standard = standard;
        }

        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, UiErrors.locale());
        }

        @Override
        public String interpolate(String template, Context context, Locale locale) {
            var ours = KEY.matcher(template).replaceAll(m -> Matcher.quoteReplacement(
                    Messages.has(locale, m.group(1)) ? Messages.get(locale, m.group(1)) : m.group()));
            return standard.interpolate(ours, context, locale);
        }
    }
}
