package nl.sto.platform.portal;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import nl.sto.platform.StoCommand;

/**
 * A second notification-service process beside the platform's: the same build and the same configuration as
 * {@code ./sto up} gives it (read from {@code ./sto config}), on another HTTP port. Its log goes to
 * {@code platform-tests/target/notification-service-replica.log}.
 */
final class SecondReplica {

    private static final String APP = "notification-service";

    private final Process process;
    private final int port;

    private SecondReplica(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static SecondReplica start(int port) {
        Map<String, String> env = new HashMap<>();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        for (String line : stoConfig()) {
            if (line.startsWith("app-jvm " + APP + " ")) {
                command.addAll(List.of(line.substring(("app-jvm " + APP + " ").length()).split(" ")));
            } else if (line.startsWith("env " + APP + " ")) {
                String setting = line.substring(("env " + APP + " ").length());
                int equals = setting.indexOf('=');
                env.put(setting.substring(0, equals), setting.substring(equals + 1));
            }
        }
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        command.addAll(List.of("-jar", StoCommand.ROOT.resolve(APP + "/target/quarkus-app/quarkus-run.jar")
                .toString()));
        try {
            Path log = StoCommand.ROOT.resolve("platform-tests/target/" + APP + "-replica.log");
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            SecondReplica replica = new SecondReplica(builder.start(), port);
            await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofSeconds(1))
                    .until(replica::isReady);
            return replica;
        } catch (IOException e) {
            throw new AssertionError("Cannot start a second " + APP, e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    /** How many reminders the replica at {@code url} handed to the SMTP server since it started, however it went. */
    static double handledBy(String url) {
        return given().get(url + "/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("sto_reminders_handled_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private boolean isReady() {
        if (!process.isAlive()) {
            throw new AssertionError("The second " + APP + " stopped; see its log in platform-tests/target");
        }
        try {
            return given().get(url() + "/q/health/ready").statusCode() == 200;
        } catch (Exception notListeningYet) {
            return false;
        }
    }

    private static List<String> stoConfig() {
        try {
            Process config = new ProcessBuilder(StoCommand.ROOT.resolve("sto").toString(), "config")
                    .directory(StoCommand.ROOT.toFile()).start();
            List<String> lines;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(config.getInputStream(),
                    StandardCharsets.UTF_8))) {
                lines = out.lines().toList();
            }
            if (config.waitFor() != 0) {
                throw new AssertionError("./sto config failed");
            }
            return lines;
        } catch (IOException e) {
            throw new AssertionError("Cannot run ./sto config", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while running ./sto config", e);
        }
    }
}
