package nl.sto.devstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;

/**
 * Runs one devstack component as a long-running process for the local run:
 *
 * <pre>
 * java -jar devstack/target/devstack.jar postgres --port 55432 --data DIR --databases regions,reports,monitor,notification
 * java -jar devstack/target/devstack.jar kafka    --port 9092 [--controller-port 9093] --data DIR
 * java -jar devstack/target/devstack.jar smtp     --port 3025 --api-port 8025
 * java -jar devstack/target/devstack.jar keycloak --port 8180 [--home KEYCLOAK_DIST]
 * </pre>
 *
 * It prints exactly one line {@code READY <component> <address>} on stdout when the component serves, logs to
 * stderr, and stops the component cleanly on SIGTERM/SIGINT.
 */
public final class Main {

    static {
        // Kafka and zonky log through SLF4J, whose binding on this class path is slf4j-jboss-logmanager; making
        // JBoss LogManager the JUL manager too gives one logging setup. Must happen before any logger exists.
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
    }

    private static final Duration CHILD_TIMEOUT = Duration.ofSeconds(240);

    /** Set when SIGTERM/SIGINT started the shutdown, so a child ending then is expected, not an error. */
    private static volatile boolean shuttingDown;

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        CliLogging.configure();
        if (args.length == 0) {
            usage("no component given");
        }
        Map<String, String> options = parse(Arrays.copyOfRange(args, 1, args.length));
        switch (args[0]) {
            case "postgres" -> postgres(options);
            case "kafka" -> kafka(options);
            case "smtp" -> smtp(options);
            case "keycloak" -> keycloak(options);
            default -> usage("unknown component " + args[0]);
        }
    }

    private static void postgres(Map<String, String> options) throws InterruptedException {
        PostgresServer postgres = PostgresServer.start(intOption(options, "port", 55432), pathOption(options, "data"));
        onShutdown(postgres::close);
        for (String db : options.getOrDefault("databases", "").split(",")) {
            if (!db.isBlank()) {
                postgres.createDatabase(db.trim());
            }
        }
        ready("postgres", "127.0.0.1:" + postgres.port());
        new CountDownLatch(1).await();
    }

    private static void kafka(Map<String, String> options) throws InterruptedException {
        int port = intOption(options, "port", 9092);
        KafkaServer kafka = KafkaServer.start(port, intOption(options, "controller-port", port + 1),
                pathOption(options, "data"));
        onShutdown(kafka::close);
        ready("kafka", kafka.bootstrapServers());
        new CountDownLatch(1).await();
    }

    private static void smtp(Map<String, String> options) throws InterruptedException {
        int port = intOption(options, "port", 3025);
        GreenMailStandalone greenMail = GreenMailStandalone.start(port, intOption(options, "api-port", 8025), CHILD_TIMEOUT);
        onShutdown(greenMail::close);
        ready("smtp", "127.0.0.1:" + port);
        exitWith(greenMail.process(), "GreenMail");
    }

    private static void keycloak(Map<String, String> options) throws InterruptedException {
        int port = intOption(options, "port", 8180);
        Path home = pathOption(options, "home");
        KeycloakProcess keycloak = home != null
                ? KeycloakServer.startProcess(home, port, null)
                : KeycloakServer.startProcess(port, null);
        onShutdown(keycloak::close);
        ready("keycloak", keycloak.url());
        exitWith(keycloak.process(), "Keycloak");
    }

    /** A child that dies on its own takes this process down with it, so the caller notices. */
    private static void exitWith(Process child, String name) throws InterruptedException {
        int code = child.waitFor();
        if (shuttingDown) {
            return; // the shutdown hook is stopping it; the JVM exits when the hook is done
        }
        Logger.getLogger(Main.class.getName()).severe(name + " exited on its own with code " + code);
        System.exit(code == 0 ? 1 : code);
    }

    private static void ready(String component, String address) {
        // The one line on stdout that scripts wait for.
        System.out.println("READY " + component + " " + address);
        System.out.flush();
    }

    private static void onShutdown(Runnable stop) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            shuttingDown = true;
            stop.run();
        }, "devstack-stop"));
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                usage("expected --option value at " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static int intOption(Map<String, String> options, String name, int defaultValue) {
        String value = options.get(name);
        try {
            return value == null ? defaultValue : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            usage("--" + name + " needs a number, got " + value);
            return defaultValue;
        }
    }

    private static Path pathOption(Map<String, String> options, String name) {
        String value = options.get(name);
        return value == null ? null : Path.of(value).toAbsolutePath();
    }

    private static void usage(String problem) {
        System.err.println("devstack: " + problem + """

                Usage:
                  postgres --port 55432 [--data DIR] [--databases a,b,c]
                  kafka    --port 9092 [--controller-port 9093] [--data DIR]
                  smtp     --port 3025 [--api-port 8025]
                  keycloak --port 8180 [--home KEYCLOAK_DISTRIBUTION]""");
        System.exit(2);
    }
}
