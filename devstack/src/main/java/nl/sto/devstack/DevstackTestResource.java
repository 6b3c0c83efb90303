package nl.sto.devstack;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Real infrastructure for a Quarkus test run: PostgreSQL (database {@code sto}), Kafka and SMTP on free ports,
 * scratch data under {@code target/devstack/}, plus the JVM's shared Keycloak. Use it once per run:
 *
 * <pre>
 * &#64;WithTestResource(value = DevstackTestResource.class, scope = TestResourceScope.GLOBAL)
 * </pre>
 *
 * Tests reach the servers through the static accessors, e.g. {@code DevstackTestResource.kafka().restart()}.
 */
public class DevstackTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String DATABASE = "sto";

    // Static, because Quarkus instantiates the resource itself and tests need to reach the running servers.
    private static volatile PostgresServer postgres;
    private static volatile KafkaServer kafka;
    private static volatile SmtpServer smtp;
    private static volatile String keycloakUrl;

    @Override
    public Map<String, String> start() {
        try {
            postgres = PostgresServer.start(0, null);
            postgres.createDatabase(DATABASE);
            kafka = KafkaServer.start(0, null);
            smtp = SmtpServer.start(0);
            keycloakUrl = KeycloakServer.sharedUrl();
        } catch (RuntimeException e) {
            stop();
            throw e;
        }

        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.reactive.url", postgres.reactiveUrl(DATABASE));
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASE));
        config.put("quarkus.datasource.username", PostgresServer.USER);
        config.put("quarkus.datasource.password", PostgresServer.PASSWORD);
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("sto.keycloak.url", keycloakUrl);
        config.put("quarkus.mailer.host", smtp.host());
        config.put("quarkus.mailer.port", String.valueOf(smtp.port()));
        config.put("sto.smtp.host", smtp.host());
        config.put("sto.smtp.port", String.valueOf(smtp.port()));
        return config;
    }

    @Override
    public void stop() {
        // Keycloak is shared by the whole JVM and stops at its exit.
        closeQuietly(smtp);
        closeQuietly(kafka);
        closeQuietly(postgres);
        smtp = null;
        kafka = null;
        postgres = null;
    }

    public static PostgresServer postgres() {
        return require(postgres, "PostgreSQL");
    }

    public static KafkaServer kafka() {
        return require(kafka, "Kafka");
    }

    public static SmtpServer smtp() {
        return require(smtp, "SMTP");
    }

    public static String keycloakUrl() {
        return require(keycloakUrl, "Keycloak");
    }

    private static <T> T require(T value, String what) {
        if (value == null) {
            throw new IllegalStateException(what + " is not running: is the test annotated with "
                    + "@WithTestResource(DevstackTestResource.class)?");
        }
        return value;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            java.util.logging.Logger.getLogger(DevstackTestResource.class.getName())
                    .warning("Could not stop " + closeable + ": " + e);
        }
    }
}
