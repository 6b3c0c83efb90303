package nl.sto.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * One Keycloak server process: {@code bin/kc.sh start-dev} of the unpacked distribution, with the three STO
 * realms imported into an in-memory database, so every start begins from the realm files.
 */
public final class KeycloakProcess implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KeycloakProcess.class.getName());

    /** Realm files on the classpath, imported at every start. */
    public static final List<String> REALMS = List.of("sto-schools", "sto-businesses", "sto-ministry");
    /** The realms' login theme (their loginTheme) and its files on the classpath, below keycloak/themes/sto. */
    static final String THEME = "sto";
    static final List<String> THEME_FILES = List.of("login/theme.properties", "login/resources/css/sto.css",
            "login/messages/messages_nl.properties", "login/messages/messages_en.properties");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final Path logFile;
    private final Path tmpDir;

    private KeycloakProcess(Process process, int port, Path logFile, Path tmpDir) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
        this.tmpDir = tmpDir;
    }

    /**
     * Starts Keycloak and waits until all realms answer.
     *
     * @param home    the distribution (holding {@code bin/kc.sh})
     * @param port    HTTP port on 127.0.0.1
     * @param logFile where its output goes, or {@code null} to share this process's stdout/stderr (the CLI)
     * @param timeout how long to wait for the realms
     */
    public static KeycloakProcess start(Path home, int port, Path logFile, Duration timeout) {
        Path kcHome = ProjectRoot.requireKcSh(home);
        // Concurrent first starts of one distribution would both re-augment it (kc.sh rewrites lib/quarkus);
        // a file lock makes every JVM on this machine start its Keycloak one after the other.
        Path lockFile = kcHome.getParent().resolve(".devstack-start.lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            KeycloakProcess keycloak = launch(kcHome, port, logFile);
            try {
                keycloak.awaitReady(timeout);
            } catch (RuntimeException e) {
                keycloak.close();
                throw e;
            }
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start Keycloak from " + kcHome, e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    /** Stops Keycloak (graceful, then forced) with kc.sh, its JVM and the watchdog. */
    @Override
    public void close() {
        ChildProcesses.stopTree(process, Duration.ofSeconds(20));
        DevstackDirs.deleteQuietly(tmpDir);
    }

    /** True when every STO realm's discovery document is served at {@code url}. */
    public static boolean realmsAnswer(String url) {
        for (String realm : REALMS) {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create(url + "/realms/" + realm + "/.well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            try {
                if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static KeycloakProcess launch(Path kcHome, int port, Path logFile) throws IOException {
        copyRealms(kcHome.resolve("data/import"));
        copyTheme(kcHome.resolve("themes/" + THEME));
        Path tmpDir = DevstackDirs.newRunDir("keycloak-tmp");
        String url = "http://127.0.0.1:" + port;
        List<String> command = new ArrayList<>(List.of(
                "bash", kcHome.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-host=127.0.0.1", "--hostname=" + url,
                // In-memory H2: --import-realm skips realms that exist, so a persistent DB would keep stale realms.
                "--db=dev-mem", "--import-realm"));
        ProcessBuilder builder = new ProcessBuilder(ChildProcesses.guarded(command)).directory(kcHome.toFile());
        Map<String, String> env = builder.environment();
        // Outside settings must not leak in: JAVA_OPTS replaces all of kc.sh's JVM defaults, and KC_* or
        // QUARKUS_* variables (e.g. QUARKUS_HTTP_PORT meant for a service) would reconfigure Keycloak itself.
        env.keySet().removeIf(k -> k.equals("JAVA_OPTS") || k.startsWith("KC_") || k.startsWith("QUARKUS_"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("JAVA_OPTS_KC_HEAP", "-Xms32m -Xmx192m");
        env.put("JAVA_OPTS_APPEND", "-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=64m -Djava.io.tmpdir=" + tmpDir);
        if (logFile != null) {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            builder.redirectErrorStream(true).redirectOutput(logFile.toFile());
        } else {
            builder.inheritIO();
        }
        LOG.info(() -> "Starting Keycloak on " + url + (logFile != null ? ", log " + logFile : ""));
        return new KeycloakProcess(builder.start(), port, logFile, tmpDir);
    }

    /** Written to a temp file and moved, so a Keycloak starting at the same time never reads half a file. */
    private static void copyRealms(Path importDir) throws IOException {
        Files.createDirectories(importDir);
        for (String realm : REALMS) {
            try (InputStream in = KeycloakProcess.class.getResourceAsStream("/keycloak/realms/" + realm + ".json")) {
                if (in == null) {
                    throw new IllegalStateException("Realm file missing from the classpath: " + realm);
                }
                Path tmp = Files.createTempFile(importDir, realm, ".tmp");
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, importDir.resolve(realm + ".json"), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /** The realms' login theme, from the classpath into the distribution's themes folder (start-dev reads it there). */
    private static void copyTheme(Path themeDir) throws IOException {
        for (String file : THEME_FILES) {
            String resource = "/keycloak/themes/" + THEME + "/" + file;
            try (InputStream in = KeycloakProcess.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Theme file missing from the classpath: " + resource);
                }
                Path target = themeDir.resolve(file);
                Files.createDirectories(target.getParent());
                Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw failure("Keycloak exited with code " + process.exitValue());
            }
            if (realmsAnswer(url())) {
                LOG.info(() -> "Keycloak ready on " + url());
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("Interrupted while waiting for Keycloak");
            }
        }
        throw failure("Keycloak did not serve the STO realms within " + timeout.toSeconds() + " s");
    }

    private IllegalStateException failure(String reason) {
        String log = logFile != null
                ? "Last log lines of " + logFile + ":\n" + ChildProcesses.tail(logFile, 60)
                : "See its output above.";
        return new IllegalStateException(reason + " (" + url() + "). " + log);
    }
}
