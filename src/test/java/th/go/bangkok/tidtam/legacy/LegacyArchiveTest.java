package th.go.bangkok.tidtam.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import th.go.bangkok.tidtam.base.BusinessRuleException;

/** The limits of an upload: sizes, counts, paths and bombs, each refused with its reason. */
class LegacyArchiveTest {

    @Test
    void a_zip_of_the_two_samples_gives_both_files_and_skips_folders_and_mac_leftovers() throws Exception {
        var files = new LinkedHashMap<String, byte[]>();
        files.put("archive/", new byte[0]);
        files.put("archive/legacy-report-50200000-0157.txt", LegacyParserTest.sample("50200000-0157"));
        files.put("archive/legacy-report-10000000-3312.txt", LegacyParserTest.sample("10000000-3312"));
        files.put("__MACOSX/archive/._legacy-report-50200000-0157.txt", new byte[] {1, 2});
        var entries = LegacyArchive.read("exports.ZIP", new ByteArrayInputStream(zip(files)));
        assertThat(entries).extracting(LegacyArchive.Entry::name, LegacyArchive.Entry::refusal).containsExactly(
                tuple("archive/legacy-report-50200000-0157.txt", null),
                tuple("archive/legacy-report-10000000-3312.txt", null));
        assertThat(entries.getFirst().bytes()).isEqualTo(LegacyParserTest.sample("50200000-0157"));
    }

    @Test
    void paths_that_climb_out_nested_zips_other_files_and_oversized_files_are_refused_one_by_one() throws Exception {
        var files = new LinkedHashMap<String, byte[]>();
        files.put("../../etc/passwd.txt", "x".getBytes());
        files.put("/abs/a.txt", "x".getBytes());
        files.put("C:/windows/b.txt", "x".getBytes());
        files.put("a/..\\..\\c.txt", "x".getBytes());
        files.put("inner.zip", zip(Map.of("x.txt", "x".getBytes())));
        files.put("photo.jpg", new byte[10]);
        files.put("big.txt", random(LegacyArchive.MAX_FILE_BYTES + 10));
        files.put("ok.txt", "x".getBytes());
        var entries = LegacyArchive.read("a.zip", new ByteArrayInputStream(zip(files)));
        assertThat(entries).extracting(LegacyArchive.Entry::name, LegacyArchive.Entry::refusal).containsExactly(
                tuple("../../etc/passwd.txt", "legacy.zip.path"), tuple("/abs/a.txt", "legacy.zip.path"),
                tuple("C:/windows/b.txt", "legacy.zip.path"), tuple("a/..\\..\\c.txt", "legacy.zip.path"),
                tuple("inner.zip", "legacy.zip.nested"), tuple("photo.jpg", "legacy.zip.notText"),
                tuple("big.txt", "legacy.zip.fileTooLarge"), tuple("ok.txt", null));
    }

    @Test
    void a_zip_bomb_is_refused_whole_at_its_header_or_once_it_passes_the_total() throws Exception {
        var zeros = new byte[64 * 1024 * 1024];
        var deflater = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION, true);
        deflater.setInput(zeros);
        deflater.finish();
        var packed = new ByteArrayOutputStream();
        var buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            packed.write(buffer, 0, deflater.deflate(buffer));
        }
        var crc = new java.util.zip.CRC32();
        crc.update(zeros);
        var withSizes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(withSizes)) {
            var entry = new ZipEntry("bomb.txt");
            entry.setSize(zeros.length);
            entry.setCompressedSize(packed.size());
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(zeros);
            zip.closeEntry();
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> LegacyArchive.read("b.zip", new ByteArrayInputStream(withSizes.toByteArray())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("legacy.zip.bomb");
        System.out.printf("a bomb with sizes refused after %.0f ms%n", (System.nanoTime() - start) / 1e6);

        var streamed = zip(Map.of("bomb.txt", zeros)); // sizes only after the data
        assertThatThrownBy(() -> LegacyArchive.read("s.zip", new ByteArrayInputStream(streamed), 16 * 1024 * 1024))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("legacy.zip.tooLarge");
    }

    @Test
    void more_files_than_the_limit_or_more_bytes_than_the_limit_refuse_the_whole_zip() throws Exception {
        var many = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i <= LegacyArchive.MAX_FILES; i++) {
            many.put("f" + i + ".txt", new byte[] {'x'});
        }
        assertThatThrownBy(() -> LegacyArchive.read("m.zip", new ByteArrayInputStream(zip(many))))
                .hasMessageContaining("legacy.zip.tooMany");
        var heavy = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i < 4; i++) {
            heavy.put("h" + i + ".txt", random(400_000));
        }
        assertThatThrownBy(() -> LegacyArchive.read("h.zip", new ByteArrayInputStream(zip(heavy)), 1_000_000))
                .hasMessageContaining("legacy.zip.tooLarge");
        assertThat(LegacyArchive.read("h.zip", new ByteArrayInputStream(zip(heavy)), 2_000_000)).hasSize(4);
    }

    @Test
    void a_single_text_file_is_one_entry_and_anything_else_is_refused() throws Exception {
        assertThat(LegacyArchive.read("a.TXT", new ByteArrayInputStream("x".getBytes())))
                .extracting(LegacyArchive.Entry::refusal).containsExactly((String) null);
        assertThat(LegacyArchive.read("a.txt", new ByteArrayInputStream(random(LegacyArchive.MAX_FILE_BYTES + 1))))
                .extracting(LegacyArchive.Entry::refusal).containsExactly("legacy.zip.fileTooLarge");
        assertThat(LegacyArchive.read("a.pdf", new ByteArrayInputStream(new byte[3])))
                .extracting(LegacyArchive.Entry::refusal).containsExactly("legacy.zip.notText");
        assertThatThrownBy(() -> LegacyArchive.read("not.zip", new ByteArrayInputStream("hello".getBytes())))
                .hasMessageContaining("legacy.zip.unreadable");
        var whole = zip(Map.of("a.txt", random(100_000)));
        assertThatThrownBy(() -> LegacyArchive.read("cut.zip", new ByteArrayInputStream(java.util.Arrays.copyOf(whole,
                whole.length / 2)))).as("a ZIP cut short").hasMessageContaining("legacy.zip.unreadable");
    }

    @Test
    void names_written_by_thai_windows_are_read_in_thai() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, java.nio.charset.Charset.forName("windows-874"))) {
            zip.putNextEntry(new ZipEntry("รายงานโครงการ.txt"));
            zip.write("x".getBytes());
            zip.closeEntry();
        }
        assertThat(LegacyArchive.read("thai.zip", new ByteArrayInputStream(out.toByteArray())))
                .extracting(LegacyArchive.Entry::name).containsExactly("รายงานโครงการ.txt");
        assertThat(LegacyArchive.read("utf8.zip", new ByteArrayInputStream(zip(Map.of("ผลงาน.txt", new byte[] {'x'})))))
                .extracting(LegacyArchive.Entry::name).containsExactly("ผลงาน.txt");
    }

    static byte[] zip(Map<String, byte[]> files) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] random(int size) {
        var bytes = new byte[size];
        new java.util.Random(size).nextBytes(bytes);
        return bytes;
    }
}
