package th.go.bangkok.tidtam.base.ui;

/**
 * Text made safe to put into HTML that the server writes itself (an element's inner HTML, a renderer's markup), for
 * parts of a page that only show text: one node in the session instead of a component per span.
 */
public final class Markup {

    private Markup() {
    }

    /** {@code text} with {@code & < > " '} escaped; null is empty. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
