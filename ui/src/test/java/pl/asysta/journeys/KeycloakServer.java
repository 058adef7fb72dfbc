package pl.asysta.journeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.awaitility.Awaitility.await;

/**
 * One Keycloak for the whole test run, started from the distribution that Maven unpacked into
 * {@code target/keycloak}, on free loopback ports, with the {@code asysta} realm imported into an in-memory
 * database (so every run starts from the realm file, whatever the previous run did to its users). The portal's
 * address, which the realm's redirect URIs are made from, goes to Keycloak through its environment, exactly as
 * docker-compose does it.
 */
final class KeycloakServer implements AutoCloseable {

    static final String REALM = "asysta";
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-for-tests";
    private static final Duration START_LIMIT = Duration.ofMinutes(4);

    private final Process process;
    private final String baseUrl;
    private Duration startTime = Duration.ZERO;

    private KeycloakServer(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
        // A backstop for a test JVM that ends without closing the store; stopping twice is harmless.
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "stop-keycloak"));
    }

    static KeycloakServer start(Path home, Path realmDirectory, int port, String portalUrl, Path log) {
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home
                    + ": the browser tests run through './mvnw verify', which unpacks it in pre-integration-test");
        }
        copyRealm(realmDirectory, home.resolve("data/import"));
        String baseUrl = "http://localhost:" + port;
        List<String> command = new ArrayList<>(List.of("/bin/bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=" + baseUrl,
                "--http-management-port=" + freePort(), "--db=dev-mem", "--import-realm"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        environment.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        environment.put("ASYSTA_PORTAL_URL", portalUrl);
        long started = System.nanoTime();
        Process process;
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
        KeycloakServer server = new KeycloakServer(process, baseUrl);
        try {
            server.awaitRealm(log);
        } catch (RuntimeException | Error notReady) {
            server.close();
            throw notReady;
        }
        server.startTime = Duration.ofNanos(System.nanoTime() - started);
        return server;
    }

    String baseUrl() {
        return baseUrl;
    }

    String issuer() {
        return baseUrl + "/realms/" + REALM;
    }

    Duration startTime() {
        return startTime;
    }

    private void awaitRealm(Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
        await("Keycloak's realm " + REALM + " at " + discovery + " (log: " + log + ")")
                .atMost(START_LIMIT)
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsInstanceOf(IOException.class)
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException("Keycloak exited with " + process.exitValue()
                                + " during start-up; last lines of " + log + ":\n" + tail(log));
                    }
                    return http.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding())
                            .statusCode() == 200;
                });
    }

    /** kc.sh runs Java as its child, so the whole process tree is stopped, gently first. */
    @Override
    public void close() {
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception stillRunning) {
                System.err.println("Keycloak process " + handle.pid() + " did not stop in 30 s (" + stillRunning
                        + "); killing it");
                handle.destroyForcibly();
            }
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyRealm(Path realmDirectory, Path importDirectory) {
        try {
            Files.createDirectories(importDirectory);
            try (Stream<Path> old = Files.list(importDirectory)) {
                for (Path file : old.toList()) {
                    Files.delete(file);
                }
            }
            try (Stream<Path> realms = Files.list(realmDirectory)) {
                for (Path realm : realms.filter(file -> file.toString().endsWith(".json")).toList()) {
                    Files.copy(realm, importDirectory.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
