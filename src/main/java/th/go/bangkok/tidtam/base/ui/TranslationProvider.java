package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.base.ThaiDates;

/**
 * Every text a user reads comes from messages_th.properties (the default) or messages_en.properties.
 * A missing key shows as !key! and is logged, never as an exception.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale THAI = ThaiDates.THAI;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(THAI, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        var bundle = bundle(locale);
        if (key == null) {
            return "";
        }
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, locale);
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(params);
    }

    public static Locale supported(String language) {
        return "en".equals(language) ? ENGLISH : THAI;
    }

    private static ResourceBundle bundle(Locale locale) {
        var language = locale != null && "en".equals(locale.getLanguage()) ? "en" : "th";
        return ResourceBundle.getBundle("messages", Locale.forLanguageTag(language), NO_FALLBACK);
    }
}
