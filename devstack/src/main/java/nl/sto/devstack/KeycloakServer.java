package nl.sto.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * The Keycloak that tests use: either one given from outside ({@code sto.keycloak.url} /
 * {@code STO_KEYCLOAK_URL}, e.g. the local run's or CI's), or one started for this JVM and shared by all its
 * tests, because a Keycloak start costs 10-20 s and 350 MB.
 */
public final class KeycloakServer {

    public static final String URL_PROPERTY = "sto.keycloak.url";
    public static final String URL_ENV = "STO_KEYCLOAK_URL";
    /** Seconds to wait for Keycloak (default 240: first starts on 2 busy cores are slow). */
    public static final String TIMEOUT_PROPERTY = "sto.keycloak.start-timeout-seconds";

    private static final Logger LOG = Logger.getLogger(KeycloakServer.class.getName());

    private static KeycloakProcess shared;

    private KeycloakServer() {
    }

    /**
     * The base URL ({@code http://127.0.0.1:PORT}, no trailing slash) of a Keycloak serving the STO realms.
     * Starts one on a free port on first use unless a URL is configured; it is stopped at JVM exit.
     */
    public static synchronized String sharedUrl() {
        String configured = configuredUrl();
        if (configured != null) {
            awaitRealms(configured, timeout());
            return configured;
        }
        if (shared == null) {
            KeycloakProcess keycloak = startWithRetry();
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::close, "devstack-keycloak-stop"));
            shared = keycloak;
            // Quarkus may load this class again in another class loader (one per test application); the
            // property makes those copies reuse this Keycloak instead of starting a second one.
            System.setProperty(URL_PROPERTY, keycloak.url());
        }
        return shared.url();
    }

    /**
     * Starts a Keycloak from the unpacked distribution and waits for the realms (used by the CLI).
     *
     * @param port    HTTP port on 127.0.0.1
     * @param logFile where Keycloak's output goes, or {@code null} for this process's stdout
     */
    public static KeycloakProcess startProcess(int port, Path logFile) {
        return startProcess(ProjectRoot.keycloakHome(), port, logFile);
    }

    /** As {@link #startProcess(int, Path)} with an explicit distribution folder. */
    public static KeycloakProcess startProcess(Path home, int port, Path logFile) {
        return KeycloakProcess.start(home, port, logFile, timeout());
    }

    /** Blocks until the three STO realms answer at {@code url}, or fails after {@code timeout}. */
    public static void awaitRealms(String url, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!KeycloakProcess.realmsAnswer(url)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Keycloak at " + url + " does not serve the realms "
                        + KeycloakProcess.REALMS + " after " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak at " + url, e);
            }
        }
    }

    private static KeycloakProcess startWithRetry() {
        Path home = ProjectRoot.keycloakHome();
        Path logFile = DevstackDirs.base().resolve("keycloak-" + ProcessHandle.current().pid() + ".log");
        try {
            return KeycloakProcess.start(home, FreePorts.free(), logFile, timeout());
        } catch (IllegalStateException first) {
            if (!first.getMessage().contains("exited with code")) {
                throw first;
            }
            // The free port may have been taken in between; one more try on another port.
            LOG.warning("Keycloak did not start, trying once more on another port: " + first.getMessage());
            return KeycloakProcess.start(home, FreePorts.free(), logFile, timeout());
        }
    }

    private static String configuredUrl() {
        String url = System.getProperty(URL_PROPERTY);
        if (url == null || url.isBlank()) {
            url = System.getenv(URL_ENV);
        }
        if (url == null || url.isBlank()) {
            return null;
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static Duration timeout() {
        return Duration.ofSeconds(Long.getLong(TIMEOUT_PROPERTY, 240));
    }
}
