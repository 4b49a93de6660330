package th.go.bangkok.tidtam.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import th.go.bangkok.tidtam.IntegrationTest;
import th.go.bangkok.tidtam.TestClock;
import th.go.bangkok.tidtam.TestUsers;
import th.go.bangkok.tidtam.base.files.EvidenceFiles;
import th.go.bangkok.tidtam.base.files.EvidenceUpload;
import th.go.bangkok.tidtam.progress.ProgressReportData;
import th.go.bangkok.tidtam.progress.ReportFilingService;
import th.go.bangkok.tidtam.project.ProjectFilingService;
import th.go.bangkok.tidtam.project.ProjectFixtures;

/**
 * Backups that restore (issue #21): deploy/backup.sh dumps the running demo database (embedded, through its
 * credentials file and its own programs), deploy/restore.sh loads the file into an empty database on another server
 * (as an external one: host, port, user and password from the environment), and every table has the same rows
 * there: the same count and the same CHECKSUM TABLE, evidence files (LONGBLOB) included.
 */
@IntegrationTest
class BackupRestoreTest {

    static final Path ROOT = Path.of(System.getProperty("user.home"), ".tidtam-test",
            "backup-" + UUID.randomUUID().toString().substring(0, 8));
    static EmbeddedMariaDb empty;

    @Autowired
    EmbeddedMariaDb demo;
    @Autowired
    ProjectFixtures fixtures;
    @Autowired
    ProjectFilingService projects;
    @Autowired
    ReportFilingService filing;
    @Autowired
    TestUsers users;
    @Autowired
    TestClock clock;

    @BeforeAll
    static void emptyServer() {
        empty = EmbeddedMariaDb.acquire(ROOT.resolve("mariadb").toString(), false, "64M");
    }

    @AfterAll
    static void stop() throws IOException {
        if (empty != null) {
            empty.release();
        }
        if (Files.exists(ROOT)) {
            try (var paths = Files.walk(ROOT)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void a_backup_of_the_demo_database_restored_into_an_empty_one_has_every_table_with_the_same_rows()
            throws Exception {
        withEvidenceFiles();
        var before = tables(demo);
        assertThat(before).as("the demo's tables").containsKeys("project", "progress_report", "report_evidence",
                "app_user", "audit_entry", "DATABASECHANGELOG");
        assertThat(before.get("report_evidence")).doesNotStartWith("0 rows");
        assertThat(tables(empty)).as("the target starts empty").isEmpty();

        Path backup = ROOT.resolve("backups/demo.sql.gz");
        var dumped = run(Map.of("TIDTAM_EMBEDDED_DB_DIR", demo.dataDir().toString()), "backup.sh", backup.toString());
        assertThat(dumped.exitCode()).as(dumped.output()).isZero();
        assertThat(dumped.output()).contains("Backed up tidtam (embedded database) to " + backup);
        assertThat(tables(demo)).as("nothing wrote to the demo database meanwhile").isEqualTo(before);

        var external = Map.of("TIDTAM_DB_HOST", "127.0.0.1", "TIDTAM_DB_PORT", String.valueOf(empty.port()),
                "TIDTAM_DB_USER", empty.credentials().user(), "TIDTAM_DB_PASSWORD", empty.credentials().password(),
                // the MariaDB client programs, which this machine has only beside the embedded server
                "TIDTAM_DB_BIN", empty.dataDir().resolveSibling("mariadb-server").resolve("bin").toString());
        var restored = run(external, "restore.sh", backup.toString());
        assertThat(restored.exitCode()).as(restored.output()).isZero();
        assertThat(restored.output()).doesNotContain(empty.credentials().password());
        assertThat(tables(empty)).as("every table, its row count and its checksum").isEqualTo(before);

        var again = run(external, "restore.sh", backup.toString());
        assertThat(again.exitCode()).as("a database with tables is not overwritten unasked").isNotZero();
        assertThat(again.output()).contains("already has " + before.size() + " tables").contains("--replace");
        try (var connection = DriverManager.getConnection(empty.jdbcUrl(), empty.credentials().user(),
                empty.credentials().password()); var statement = connection.createStatement()) {
            // as a newer schema would have: --replace makes the database the backup's, whole
            statement.execute("create table project_stray (id int primary key)");
            statement.execute("update project set name = 'เปลี่ยนหลังสำรอง' limit 1");
        }
        var replaced = run(external, "restore.sh", "--replace", backup.toString());
        assertThat(replaced.exitCode()).as(replaced.output()).isZero();
        assertThat(tables(empty)).as("the backup's tables and rows, nothing else").isEqualTo(before);
    }

    @Test
    void a_cut_off_backup_is_refused_before_anything_is_restored() throws Exception {
        Path cut = ROOT.resolve("backups/cut.sql");
        Files.createDirectories(cut.getParent());
        Files.writeString(cut, "-- MariaDB dump\nCREATE TABLE half_restored (id INT);\n");
        var refused = run(Map.of("TIDTAM_EMBEDDED_DB_DIR", empty.dataDir().toString()), "restore.sh", cut.toString());
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output()).contains("not a complete dump");
        assertThat(tables(empty)).doesNotContainKey("half_restored");
    }

    /** A report with a PDF and a PNG, so the dump carries binary columns (stored as hex). */
    private void withEvidenceFiles() {
        clock.set(OffsetDateTime.parse("2026-03-20T10:00:00+07:00").toInstant());
        var code = fixtures.create("โครงการสำรองข้อมูล " + UUID.randomUUID());
        users.as(TestUsers.OFFICER, () -> projects.submit(code));
        users.as(TestUsers.OFFICER, () -> filing.save(code, YearMonth.of(2026, 3), new ProgressReportData(
                        LocalDate.of(2026, 3, 18), "สำรองแล้วกู้คืนได้", new BigDecimal("10.00"), null, null, null, null, 0),
                List.of(new EvidenceUpload("หนังสือ.pdf", EvidenceFiles.pdf()),
                        new EvidenceUpload("ภาพ.png", EvidenceFiles.png()))));
    }

    /** Every table of the database with "N rows, checksum C". */
    private static Map<String, String> tables(EmbeddedMariaDb server) throws SQLException {
        var result = new TreeMap<String, String>();
        try (var connection = DriverManager.getConnection(server.jdbcUrl(), server.credentials().user(),
                server.credentials().password());
             var statement = connection.createStatement()) {
            var names = new ArrayList<String>();
            try (var rs = statement.executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = database() and table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (var name : names) {
                long rows;
                try (var rs = statement.executeQuery("select count(*) from `" + name + "`")) {
                    rs.next();
                    rows = rs.getLong(1);
                }
                try (var rs = statement.executeQuery("checksum table `" + name + "`")) {
                    rs.next();
                    result.put(name, rows + " rows, checksum " + rs.getLong(2));
                }
            }
        }
        return result;
    }

    record Result(int exitCode, String output) {
    }

    /** The real script from deploy/, run from the project folder as an operator would. */
    private static Result run(Map<String, String> environment, String script, String... args) throws Exception {
        var command = new ArrayList<String>();
        command.add(Path.of("deploy", script).toAbsolutePath().toString());
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> k.startsWith("TIDTAM_DB_") || k.equals("TIDTAM_EMBEDDED_DB_DIR"));
        builder.environment().putAll(environment);
        var process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(script + " finished").isTrue();
        return new Result(process.exitValue(), output);
    }
}
