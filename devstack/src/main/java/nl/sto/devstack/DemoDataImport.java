package nl.sto.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Imports the shipped open data into monitor-service through its API, as the monitor team would, and shows each
 * file's progress until all are in:
 *
 * <pre>
 * java -cp devstack/target/devstack.jar nl.sto.devstack.DemoDataImport --monitor http://127.0.0.1:8083
 *      --keycloak http://127.0.0.1:8180 [--first-time]
 * </pre>
 *
 * With {@code --first-time} it does nothing when the service has imported anything before ({@code ./sto up}).
 */
public final class DemoDataImport {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration LIMIT = Duration.ofMinutes(10);

    private DemoDataImport() {
    }

    public static void main(String[] args) throws Exception {
        String monitor = option(args, "--monitor", "http://127.0.0.1:8083");
        String keycloak = option(args, "--keycloak", "http://127.0.0.1:8180");
        boolean firstTime = List.of(args).contains("--first-time");
        String token = KeycloakTokens.accessToken(keycloak, "sto-ministry", "monitor");
        if (firstTime && !call(monitor + "/api/imports", token, null).isEmpty()) {
            System.out.println("Open data: imported before (./sto import-demo-data imports the shipped files again)");
            return;
        }
        System.out.println("Importing the shipped open data into monitor-service:");
        JsonNode started = call(monitor + "/api/imports/shipped", token, HttpRequest.BodyPublishers.noBody());
        List<String> ids = new ArrayList<>();
        started.forEach(run -> ids.add(run.path("id").asText()));
        long deadline = System.nanoTime() + LIMIT.toNanos();
        for (String id : ids) {
            follow(monitor, token, id, deadline);
        }
    }

    /** Prints the run's progress bar on one line until it is finished; fails when it failed or took too long. */
    private static void follow(String monitor, String token, String id, long deadline) throws Exception {
        while (true) {
            JsonNode run = call(monitor + "/api/imports/" + id, token, null);
            String status = run.path("status").asText();
            int percent = run.path("percent").asInt();
            String bar = "#".repeat(percent / 5) + ".".repeat(20 - percent / 5);
            System.out.printf("\r  %-58s [%s] %3d%%  %,d rows, %,d rejected  %s", run.path("fileName").asText(), bar,
                    percent, run.path("rowsRead").asLong(), run.path("rowsRejected").asLong(), status);
            if (!"running".equals(status)) {
                System.out.println();
                if ("failed".equals(status)) {
                    throw new IllegalStateException("Import of " + run.path("fileName").asText() + " failed: "
                            + run.path("error").asText());
                }
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The imports took longer than " + LIMIT.toMinutes() + " minutes");
            }
            Thread.sleep(300);
        }
    }

    private static JsonNode call(String url, String token, HttpRequest.BodyPublisher post)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token);
        HttpResponse<String> response = HTTP.send(post == null ? request.GET().build() : request.POST(post).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
