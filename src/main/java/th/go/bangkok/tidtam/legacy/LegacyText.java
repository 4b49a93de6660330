package th.go.bangkok.tidtam.legacy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an export whatever it was saved as: UTF-8 with or without a byte-order mark, or the old Thai
 * encodings TIS-620 / windows-874 (windows-874 is TIS-620 plus a few punctuation marks, so it reads both).
 * Bytes that are valid UTF-8 are UTF-8; anything else is read as windows-874.
 */
record LegacyText(String text, String encoding) {

    static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

    static LegacyText decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            var text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            return new LegacyText(text, start == 3 ? "UTF-8 (BOM)" : "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            return new LegacyText(new String(bytes, WINDOWS_874), "windows-874");
        }
    }
}
