package th.go.bangkok.tidtam.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.legacy.ImportBatches;
import th.go.bangkok.tidtam.legacy.ImportChoices;
import th.go.bangkok.tidtam.legacy.ImportOutcome;
import th.go.bangkok.tidtam.legacy.LegacyArchive;
import th.go.bangkok.tidtam.legacy.LegacyImports;

/**
 * Importing an archive: 1,000 exports generated from the two samples with varied codes, in one ZIP, read, previewed
 * (as /import does on upload) and stored one transaction per file (as the background batch does), then the same ZIP
 * again (all unchanged). Prints figures, judges nothing.
 * Run with: ./mvnw test -Pbenchmark -Dtest=ImportBenchmarkTest
 */
@Tag("benchmark")
@IntegrationTest
class ImportBenchmarkTest {

    private static final int FILES = 1_000;

    @Autowired
    LegacyImports imports;
    @Autowired
    ImportBatches batches;
    @Autowired
    TestUsers users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void prints_the_time_to_import_a_thousand_exports() throws Exception {
        var samples = new String[] {"50200000-0157", "10000000-3312"};
        var texts = new String[2];
        for (int i = 0; i < 2; i++) {
            try (var in = getClass().getResourceAsStream("/legacy/legacy-report-" + samples[i] + ".txt")) {
                texts[i] = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        var zipped = new ByteArrayOutputStream();
        int serial = 3000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(0, 5) * 1000;
        try (var zip = new ZipOutputStream(zipped)) {
            for (int i = 0; i < FILES; i++) {
                var sample = samples[i % 2];
                var code = sample.substring(0, 9) + (serial + i / 2);
                zip.putNextEntry(new ZipEntry("archive/" + code + ".txt"));
                zip.write(texts[i % 2].replace(sample, code).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        users.signIn(TestUsers.ADMIN);

        long t0 = System.nanoTime();
        var entries = LegacyArchive.read("archive.zip", new ByteArrayInputStream(zipped.toByteArray()));
        long t1 = System.nanoTime();
        for (var entry : entries) {
            assertThat(imports.preview(entry.name(), entry.bytes()).hasErrors()).isFalse();
        }
        long t2 = System.nanoTime();
        var items = entries.stream().map(e -> new ImportBatches.Item(e, ImportChoices.NONE)).toList();
        var outcomes = batches.run(items);
        long t3 = System.nanoTime();
        assertThat(outcomes).extracting(ImportOutcome::result).containsOnly(ImportOutcome.Result.IMPORTED);
        var again = batches.run(items);
        long t4 = System.nanoTime();
        assertThat(again).extracting(ImportOutcome::result).containsOnly(ImportOutcome.Result.UNCHANGED);

        System.out.printf("""
                ==== import benchmark: %,d exports in a %,d KB ZIP (%,d reports) ====
                read the ZIP:           %8.0f ms
                preview all (upload):   %8.0f ms  (%.1f ms per file)
                store all (batch):      %8.0f ms  (%.1f ms per file)
                the same ZIP again:     %8.0f ms  (all unchanged)
                upload to stored:       %8.1f s
                %n""", FILES, zipped.size() / 1024, FILES / 2 * 13, ms(t0, t1), ms(t1, t2), ms(t1, t2) / FILES,
                ms(t2, t3), ms(t2, t3) / FILES, ms(t3, t4), ms(t0, t3) / 1000);
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
