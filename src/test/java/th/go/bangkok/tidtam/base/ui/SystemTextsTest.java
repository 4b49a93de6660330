package th.go.bangkok.tidtam.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Vaadin's own notices read in the user's language, English only for English. */
class SystemTextsTest {

    @Test
    void vaadins_notices_are_thai_unless_the_user_reads_english() {
        var thai = SystemTexts.messages(TranslationProvider.THAI);
        assertThat(thai.getInternalErrorCaption()).isEqualTo("เกิดข้อผิดพลาดภายในระบบ");
        assertThat(SystemTexts.messages(Locale.forLanguageTag("de")).getInternalErrorCaption())
                .as("a browser in another language").isEqualTo("เกิดข้อผิดพลาดภายในระบบ");
        var english = SystemTexts.messages(Locale.ENGLISH);
        assertThat(english.getInternalErrorCaption()).isEqualTo("Internal error");
        for (var messages : List.of(thai, english)) {
            assertThat(List.of(messages.getInternalErrorMessage(), messages.getCookiesDisabledCaption(),
                    messages.getCookiesDisabledMessage(), messages.getSyncErrorCaption(),
                    messages.getSyncErrorMessage())).allSatisfy(text -> assertThat(text).isNotBlank()
                    .doesNotStartWith("!"));
        }
    }
}
