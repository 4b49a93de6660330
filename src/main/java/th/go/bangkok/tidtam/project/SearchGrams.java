package th.go.bangkok.tidtam.project;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Thai is written without spaces and MariaDB has no n-gram index for it, so a search inside a project's name
 * would read the whole table. Every project keeps the three-character pieces of its code and name; a search
 * first narrows to the projects holding all the pieces of the typed text (an index lookup each), then checks
 * the text itself. See docs/decisions/0008-project-model.md.
 */
public final class SearchGrams {

    static final int SIZE = 3;

    private SearchGrams() {
    }

    public static Set<String> of(String text) {
        var normalised = normalise(text);
        var grams = new LinkedHashSet<String>();
        for (int i = 0; i + SIZE <= normalised.length(); i++) {
            grams.add(normalised.substring(i, i + SIZE));
        }
        return grams;
    }

    static String normalise(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
