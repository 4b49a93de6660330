package th.go.bangkok.tidtam;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * MariaDB commits every DDL statement at once, so a changeset with two statements can fail half-way and
 * leave the schema half-changed: each changeset holds exactly one statement.
 */
class ChangelogTest {

    static final Path CHANGES = Path.of("db", "changelog", "changes");

    @Test
    void every_changeset_holds_exactly_one_sql_statement() throws IOException {
        var offenders = new ArrayList<String>();
        try (var files = Files.list(CHANGES)) {
            for (var file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                var text = Files.readString(file, StandardCharsets.UTF_8);
                assertThat(text).as(file + " is a Liquibase formatted SQL file").startsWith("--liquibase formatted sql");
                var changesets = text.split("(?m)^--changeset ");
                for (int i = 1; i < changesets.length; i++) {
                    var body = changesets[i].lines().skip(1)
                            .filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
                    long statements = Pattern.compile(";\\s*(\\n|$)").matcher(body).results().count();
                    if (statements != 1) {
                        offenders.add(file.getFileName() + ": " + changesets[i].lines().findFirst().orElse("?")
                                + " has " + statements + " statements");
                    }
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void the_master_changelog_includes_every_change_file() throws IOException {
        var master = Files.readString(Path.of("db", "changelog", "db.changelog-master.yaml"));
        try (var files = Files.list(CHANGES)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .isNotEmpty()
                    .allSatisfy(name -> assertThat(master).contains("changes/" + name));
        }
    }
}
