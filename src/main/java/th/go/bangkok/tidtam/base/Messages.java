package th.go.bangkok.tidtam.base;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every text a user reads, from messages_th.properties (the default) or messages_en.properties, for the screens
 * (through Vaadin's translation provider) and for what services write in the reader's language: downloads, the
 * daily digest, e-mail copies. A missing key shows as !key! and is logged, never as an exception.
 */
public final class Messages {

    private static final Logger log = LoggerFactory.getLogger(Messages.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    // looked up once: every label of every screen comes through here, and getBundle parses the tag and searches its
    // cache on each call (issue #17)
    private static final ResourceBundle THAI =
            ResourceBundle.getBundle("messages", Locale.forLanguageTag("th"), NO_FALLBACK);
    private static final ResourceBundle ENGLISH =
            ResourceBundle.getBundle("messages", Locale.forLanguageTag("en"), NO_FALLBACK);

    private Messages() {
    }

    public static String get(Locale locale, String key, Object... params) {
        if (key == null) {
            return "";
        }
        var bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, locale);
            return "!" + key + "!";
        }
        return params.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(params);
    }

    /** Whether the bundle of that language defines the key, for texts that are only sometimes keys. */
    public static boolean has(Locale locale, String key) {
        return key != null && bundle(locale).containsKey(key);
    }

    /** Thai unless the language is English. */
    public static Locale of(String language) {
        return "en".equals(language) ? Locale.ENGLISH : ThaiDates.THAI;
    }

    private static ResourceBundle bundle(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : THAI;
    }
}
