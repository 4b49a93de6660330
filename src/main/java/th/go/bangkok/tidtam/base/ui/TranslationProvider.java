package th.go.bangkok.tidtam.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import th.go.bangkok.tidtam.base.Messages;
import th.go.bangkok.tidtam.base.ThaiDates;

/**
 * Every text a user reads comes from messages_th.properties (the default) or messages_en.properties
 * ({@link Messages}). A missing key shows as !key! and is logged, never as an exception.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale THAI = ThaiDates.THAI;
    public static final Locale ENGLISH = Locale.ENGLISH;

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(THAI, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.get(locale, key, params);
    }

    public static Locale supported(String language) {
        return Messages.of(language);
    }
}
