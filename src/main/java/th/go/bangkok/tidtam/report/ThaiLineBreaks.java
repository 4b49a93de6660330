package th.go.bangkok.tidtam.report;

import java.text.BreakIterator;
import java.util.BitSet;
import org.openpdf.text.SplitCharacter;
import org.openpdf.text.pdf.PdfChunk;

/**
 * Where a line of Thai may break. Thai writes no spaces between words, so OpenPDF's default (spaces and hyphens)
 * would run a sentence off the page or cut a word in two; the JDK's Thai line-break iterator knows the word
 * boundaries. The boundaries of the text being laid out are computed once and kept while OpenPDF asks about each
 * character of it.
 */
final class ThaiLineBreaks implements SplitCharacter {

    private char[] text;
    private int from;
    private int to;
    private BitSet breaks;

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        if (cc != text || start != from || end != to) {
            text = cc;
            from = start;
            to = end;
            breaks = boundaries(new String(cc, start, end - start));
        }
        // a break after `current` is a boundary at the position that follows it
        return breaks.get(current + 1 - start);
    }

    private static BitSet boundaries(String text) {
        var set = new BitSet(text.length() + 1);
        var iterator = BreakIterator.getLineInstance(java.util.Locale.forLanguageTag("th-TH"));
        iterator.setText(text);
        for (int b = iterator.first(); b != BreakIterator.DONE; b = iterator.next()) {
            set.set(b);
        }
        return set;
    }
}
