package th.go.bangkok.tidtam.base.ui;

import java.util.List;

/**
 * The two letters of a person's avatar, as a Thai reader expects them (issue #19): the first consonant of the given
 * name and of the family name, without the title (นางสาวสมศรี ใจดี → สจ, not นใ) and skipping a leading vowel
 * (เ แ โ ใ ไ), which Thai writes before the consonant it follows. Other names: their first letters (John Smith → JS).
 */
public final class Initials {

    /** Titles written before the name, longest first (นางสาว before นาง). */
    private static final List<String> TITLES = List.of("ว่าที่ร้อยตรีหญิง", "ว่าที่ร้อยตรี", "ว่าที่ ร.ต.", "นางสาว",
            "น.ส.", "ดร.", "นาง", "นาย");

    private Initials() {
    }

    public static String of(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return "";
        }
        var name = fullName.strip();
        for (var title : TITLES) {
            if (name.startsWith(title) && name.length() > title.length()) {
                name = name.substring(title.length()).strip();
                break;
            }
        }
        var result = new StringBuilder();
        for (var word : name.split("\\s+")) {
            int letter = firstLetter(word);
            if (letter >= 0) {
                result.appendCodePoint(Character.toUpperCase(letter));
            }
            if (result.codePointCount(0, result.length()) == 2) {
                break;
            }
        }
        return result.toString();
    }

    private static int firstLetter(String word) {
        return word.codePoints().filter(c -> !(c >= 0x0E40 && c <= 0x0E44) && Character.isLetter(c)).findFirst()
                .orElse(-1);
    }
}
