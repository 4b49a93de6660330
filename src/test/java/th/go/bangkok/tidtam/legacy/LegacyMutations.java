package th.go.bangkok.tidtam.legacy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Random;

/** Seeded mutations of an export: lines dropped, doubled, swapped or cut, characters replaced, bytes garbled. */
final class LegacyMutations {

    private static final char[] ALPHABET = ":./?\t- 0123456789๐๑๒๓*รายงานครั้งที่ความก้าวหน้าของงานฯ=%บาท".toCharArray();

    private LegacyMutations() {
    }

    static byte[] mutate(String sample, Random random) {
        var lines = new ArrayList<>(Arrays.asList(sample.split("\n", -1)));
        int mutations = 1 + random.nextInt(4);
        for (int m = 0; m < mutations && !lines.isEmpty(); m++) {
            int at = random.nextInt(lines.size());
            switch (random.nextInt(6)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(random.nextInt(lines.size())));
                case 2 -> {
                    var line = lines.get(at);
                    lines.set(at, line.substring(0, random.nextInt(line.length() + 1)));
                }
                case 3 -> {
                    var chars = lines.get(at).toCharArray();
                    if (chars.length > 0) {
                        chars[random.nextInt(chars.length)] = ALPHABET[random.nextInt(ALPHABET.length)];
                    }
                    lines.set(at, new String(chars));
                }
                case 4 -> lines.add(at, "**** แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ ****");
                default -> Collections.swap(lines, at, random.nextInt(lines.size()));
            }
        }
        var bytes = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(20) == 0 && bytes.length > 0) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }
}
