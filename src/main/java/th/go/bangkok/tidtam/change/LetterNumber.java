package th.go.bangkok.tidtam.change;

import java.util.Optional;
import java.util.regex.Pattern;
import th.go.bangkok.tidtam.base.ThaiDates;

/**
 * An approval letter's number as BMA letters print it, e.g. {@code กท 0303/056}: the agency's initials, its
 * code, a slash and the running number. Typed with or without the space, with Thai or Arabic digits, it is stored
 * one way, so the same letter cannot be recorded twice in a year.
 */
public final class LetterNumber {

    private static final Pattern FORM = Pattern.compile("^([ก-ฮ]{1,4})\\.?\\s*([0-9]{2,6}(?:\\.[0-9]{1,4})?)\\s*/\\s*([0-9]{1,6})$");

    private LetterNumber() {
    }

    /** The normalised form ("กท 0303/056"), or empty when the text is not a letter number. */
    public static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var clean = ThaiDates.toArabicDigits(text).strip().replaceAll("\\s+", " ");
        var matcher = FORM.matcher(clean);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(matcher.group(1) + " " + matcher.group(2) + "/" + matcher.group(3));
    }
}
