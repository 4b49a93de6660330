package th.go.bangkok.tidtam.base.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The embedded database's account for the application (issue #18): a random password made at the first start and
 * kept in the data folder as a MariaDB option file readable by its owner only, which the command-line tools take
 * with {@code --defaults-extra-file}. The file is the source of truth: each start sets the account's password to
 * the one in it. See docs/decisions/0019-embedded-database-credentials.md.
 */
record DatabaseCredentials(Path file, String user, String password) {

    static final String FILE_NAME = "tidtam-client.cnf";
    static final String USER = "tidtam";
    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final int LENGTH = 32;
    /** Safe unquoted in an option file (where '#' starts a comment) and in a SQL string. */
    private static final Pattern USABLE = Pattern.compile("[A-Za-z0-9_.+-]{16,}");
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Reads the password kept in the data folder, or makes one; (re)writes the file owner-only, with the socket the
     * server is about to listen on (it moves with the data folder).
     */
    static DatabaseCredentials keptIn(Path dataDir, Path socket) {
        Path file = dataDir.resolve(FILE_NAME);
        String password = Files.exists(file) ? storedPassword(file) : null;
        if (password == null) {
            password = newPassword();
        }
        var credentials = new DatabaseCredentials(file, USER, password);
        writeOwnerOnly(file, credentials.optionFile(socket));
        return credentials;
    }

    /**
     * Statements run by the server at start (--init-file), with all privileges, before anyone can connect. Afterwards
     * the server has exactly these accounts: the application's (127.0.0.1 for the pool, localhost for the tools over
     * the socket), with all rights on its database and none elsewhere, and root through the socket for the machine's
     * root; mariadb.sys (locked) and roles stay. Any other account, such as the anonymous ones and the one for the
     * operating-system user that mariadb-install-db makes, is dropped.
     */
    String initStatements(String database, String collation) {
        var sql = new StringBuilder();
        sql.append("CREATE DATABASE IF NOT EXISTS `").append(database).append("` CHARACTER SET utf8mb4 COLLATE ")
                .append(collation).append(";\n");
        // roles have no host and cannot sign in
        sql.append("""
                SELECT coalesce(concat('DROP USER ', group_concat(concat(quote(user), '@', quote(host)))), 'DO 0') \
                INTO @strays FROM mysql.global_priv WHERE host <> '' \
                AND NOT (host = 'localhost' AND user IN ('root', 'mariadb.sys', '%1$s')) \
                AND NOT (host = '127.0.0.1' AND user = '%1$s');
                EXECUTE IMMEDIATE @strays;
                """.formatted(user));
        for (String host : new String[] {"127.0.0.1", "localhost"}) {
            String account = "'" + user + "'@'" + host + "'";
            // replaced, not altered: an account of that name made by mariadb-install-db has rights on everything
            sql.append("CREATE OR REPLACE USER ").append(account).append(" IDENTIFIED BY '").append(password)
                    .append("';\n");
            sql.append("GRANT ALL PRIVILEGES ON `").append(database).append("`.* TO ").append(account).append(";\n");
        }
        // root only for the machine's root, through the socket: nothing in the application needs it
        sql.append("CREATE USER IF NOT EXISTS 'root'@'localhost' IDENTIFIED VIA unix_socket;\n");
        sql.append("ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket;\n");
        sql.append("GRANT ALL PRIVILEGES ON *.* TO 'root'@'localhost' WITH GRANT OPTION;\n");
        return sql.toString();
    }

    /** Never the password: a record prints all its fields, and this one may end up in a log. */
    @Override
    public String toString() {
        return "DatabaseCredentials[" + user + " in " + file + "]";
    }

    private String optionFile(Path socket) {
        return """
                # The embedded database's account for Tidtam, made at its first start. Keep this file private (mode 600).
                # Delete it and restart the application for a new password. Use it as the first option of a tool:
                #   mariadb --defaults-extra-file=%1$s tidtam
                #   mariadb-dump --defaults-extra-file=%1$s --single-transaction tidtam > tidtam.sql
                [client]
                user=%2$s
                password=%3$s
                socket=%4$s
                """.formatted(file.toAbsolutePath(), user, password, socket.toAbsolutePath());
    }

    private static String storedPassword(Path file) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                var trimmed = line.strip();
                if (trimmed.startsWith("password=")) {
                    var password = trimmed.substring("password=".length()).strip();
                    if (!USABLE.matcher(password).matches()) {
                        throw new IllegalStateException(file + ": the password must be 16 or more letters, digits or"
                                + " _.+- ; delete the file and restart for a new one");
                    }
                    return password;
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String newPassword() {
        var password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    /** Written to a file created owner-only and moved into place, so the secret is never readable by others. */
    static void writeOwnerOnly(Path file, String content) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            boolean posix = Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
            Path next = dir.resolve(file.getFileName() + ".new");
            Files.deleteIfExists(next);
            if (posix) {
                Files.createFile(next, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            Files.writeString(next, content, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (posix) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
