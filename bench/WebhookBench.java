import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import nl.sto.devstack.KeycloakTokens;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Measures monitor-service's webhooks on the running platform ({@code ./sto up}); prints figures, asserts nothing.
 * <p>
 * A local receiver (the JDK's HTTP server on a free port of 127.0.0.1) checks every delivery's signature with the
 * subscription's secret, as a Standard Webhooks receiver does, and notes when it arrived. The bench subscribes it as
 * the monitor team to the events of a region of its own ({@code WB} and six digits), then:
 * <ol>
 * <li><b>live</b>: publishes {@code --events} CloudEvents of that region on {@code sto.reports.v1}, as reports-service
 * does (of a type of their own, which the compliance board, kept in the log's transaction, passes over), and waits for every delivery: deliveries per second (first to last arrival) and the latency from Kafka's
 * acknowledgement of an event to its arrival at the receiver, p50/p90/p99/max;</li>
 * <li><b>replay</b>: replays the same events from the first one's position, which measures the deliveries alone,
 * without the log's intake in front: deliveries per second.</li>
 * </ol>
 * Target: 1,000 signed deliveries a second. Each run leaves its events in the log (of a region nobody else has) and
 * deletes its subscription. The receiver is on 127.0.0.1, which production refuses: monitor-service must run with
 * {@code STO_WEBHOOKS_ALLOW_LOOPBACK=true} (e.g. {@code STO_WEBHOOKS_ALLOW_LOOPBACK=true ./sto up}).
 *
 * <pre>
 * java -cp devstack/target/devstack.jar bench/WebhookBench.java [--events 20000] [--receiver-threads 8]
 * </pre>
 */
public class WebhookBench {

    static final String SERVICE = "http://127.0.0.1:8083";
    static final String KEYCLOAK = "http://127.0.0.1:8180";
    static final String KAFKA = "127.0.0.1:9092";
    static final String TOPIC = "sto.reports.v1";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();
    static final Duration QUIET = Duration.ofSeconds(60);

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && (args[0].equals("-h") || args[0].equals("--help"))) {
            System.out.println("usage: WebhookBench.java [--events 20000] [--receiver-threads 8]");
            return;
        }
        int events = option(args, "--events", 20_000);
        String region = "WB" + String.format("%06d", (int) (Math.random() * 1_000_000));
        String token = KeycloakTokens.accessToken(KEYCLOAK, "sto-ministry", "monitor");
        try (Receiver receiver = new Receiver(option(args, "--receiver-threads", 8))) {
            Subscription subscription = subscribe(token, receiver, region);
            receiver.secret = subscription.secret();
            System.out.printf("receiver %s, subscription %s for region %s, %,d events; load average %s%n",
                    receiver.url(), subscription.id(), region, events, loadAverage());
            try {
                Map<String, Long> acknowledged = publish(region, events);
                Phase live = receiver.await(events, QUIET);
                live.print("live", acknowledged);
                receiver.reset();
                String replay = replay(token, subscription.id(), firstPosition(token, region));
                Phase replayed = receiver.await(events, QUIET);
                replayed.print("replay " + replay, null);
                System.out.printf("target 1,000 signed deliveries per second: live %s, replay %s%n",
                        live.perSecond() >= 1000 ? "MET" : "MISSED", replayed.perSecond() >= 1000 ? "MET" : "MISSED");
            } finally {
                send(token, "DELETE", "/api/subscriptions/" + subscription.id(), null);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ the platform

    record Subscription(String id, String secret) {
    }

    static Subscription subscribe(String token, Receiver receiver, String region) throws Exception {
        HttpResponse<String> made = send(token, "POST", "/api/subscriptions", """
                {"url": "%s", "description": "WebhookBench", "contactEmail": "bench@example.org",
                 "filters": [{"exact": {"region": "%s"}}]}""".formatted(receiver.url(), region));
        if (made.statusCode() == 400 && made.body().contains("loopback")) {
            throw new IllegalStateException("monitor-service refuses the local receiver: start it with "
                    + "STO_WEBHOOKS_ALLOW_LOOPBACK=true (e.g. STO_WEBHOOKS_ALLOW_LOOPBACK=true ./sto up). "
                    + made.body());
        }
        expect(made, 201);
        JsonNode body = JSON.readTree(made.body());
        return new Subscription(body.path("id").asText(), body.path("secret").asText());
    }

    /** The events as reports-service would publish them; when Kafka acknowledged each, by id. */
    static Map<String, Long> publish(String region, int count) throws Exception {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.LINGER_MS_CONFIG, "5");
        Map<String, Long> acknowledged = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < count; i++) {
                String id = UUID.randomUUID().toString();
                ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, region, """
                        {"regionCode":"%s","bench":%d}""".formatted(region, i));
                record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(id))
                        .add("ce_type", bytes("nl.sto.bench.ping.v1")).add("ce_source", bytes("/sto/bench"))
                        .add("ce_subject", bytes(region)).add("content-type", bytes("application/json"));
                producer.send(record, (metadata, failure) -> {
                    if (failure == null) {
                        acknowledged.put(id, System.nanoTime());
                    }
                });
            }
            producer.flush();
        }
        System.out.printf("published %,d events on %s in %.1f s%n", count, TOPIC, (System.nanoTime() - start) / 1e9);
        return acknowledged;
    }

    /** The position of the region's first event in the log. */
    static long firstPosition(String token, String region) throws Exception {
        HttpResponse<String> first = send(token, "GET", "/api/events?region=" + region + "&limit=1", null);
        expect(first, 200);
        return JSON.readTree(first.body()).get(0).path("position").asLong();
    }

    static String replay(String token, String subscription, long fromPosition) throws Exception {
        HttpResponse<String> started = send(token, "POST", "/api/subscriptions/" + subscription + "/replay",
                "{\"fromPosition\": " + fromPosition + "}");
        expect(started, 202);
        return "from position " + fromPosition;
    }

    static HttpResponse<String> send(String token, String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SERVICE + path))
                .header("Authorization", "Bearer " + token);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    // ------------------------------------------------------------------------------------------------ the receiver

    /** What one phase received: when each event first arrived, and what was wrong. */
    record Phase(Map<String, Long> arrivals, long first, long last, int invalid, int repeated, int expected) {

        double perSecond() {
            return arrivals.size() < 2 ? 0 : (arrivals.size() - 1) / ((last - first) / 1e9);
        }

        void print(String name, Map<String, Long> acknowledged) {
            System.out.printf("%s: %,d of %,d delivered in %.1f s, %.0f deliveries/s; %d with an invalid signature, "
                    + "%d received more than once%n", name, arrivals.size(), expected, (last - first) / 1e9,
                    perSecond(), invalid, repeated);
            if (acknowledged == null) {
                return;
            }
            List<Long> latencies = new ArrayList<>();
            arrivals.forEach((id, at) -> {
                Long sent = acknowledged.get(id);
                if (sent != null) {
                    latencies.add(Math.max(0, at - sent));
                }
            });
            Collections.sort(latencies);
            if (!latencies.isEmpty()) {
                System.out.printf("%s latency from Kafka's acknowledgement to the receiver: p50 %.0f ms, p90 %.0f ms, "
                        + "p99 %.0f ms, max %.0f ms%n", name, ms(latencies, 0.50), ms(latencies, 0.90),
                        ms(latencies, 0.99), latencies.get(latencies.size() - 1) / 1e6);
            }
        }
    }

    static final class Receiver implements AutoCloseable {

        final HttpServer server;
        final ExecutorService threads;
        volatile String secret;
        volatile Map<String, Long> arrivals = new ConcurrentHashMap<>();
        final AtomicInteger invalid = new AtomicInteger();
        final AtomicInteger repeated = new AtomicInteger();
        final AtomicLong first = new AtomicLong();
        final AtomicLong last = new AtomicLong();

        Receiver(int threads) throws IOException {
            this.threads = Executors.newFixedThreadPool(threads);
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
            server.createContext("/hook", this::handle);
            server.setExecutor(this.threads);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        void handle(HttpExchange exchange) throws IOException {
            long at = System.nanoTime();
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            if (!verifies(id, exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body)) {
                invalid.incrementAndGet();
            } else if (arrivals.putIfAbsent(id, at) != null) {
                repeated.incrementAndGet();
            } else {
                first.compareAndSet(0, at);
                last.accumulateAndGet(at, Math::max);
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        }

        boolean verifies(String id, String timestamp, String signatures, String body) {
            if (id == null || timestamp == null || signatures == null || secret == null) {
                return false;
            }
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                        "HmacSHA256"));
                String expected = "v1," + Base64.getEncoder().encodeToString(
                        mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
                return List.of(signatures.split(" ")).contains(expected);
            } catch (Exception e) {
                return false;
            }
        }

        /** Waits until {@code count} events arrived, or nothing arrived for {@code quiet}. */
        Phase await(int count, Duration quiet) throws InterruptedException {
            long idleSince = System.nanoTime();
            int seen = 0;
            while (arrivals.size() < count && System.nanoTime() - idleSince < quiet.toNanos()) {
                Thread.sleep(100);
                if (arrivals.size() != seen) {
                    seen = arrivals.size();
                    idleSince = System.nanoTime();
                }
            }
            return new Phase(Map.copyOf(arrivals), first.get(), last.get(), invalid.get(), repeated.get(), count);
        }

        void reset() {
            arrivals = new ConcurrentHashMap<>();
            invalid.set(0);
            repeated.set(0);
            first.set(0);
            last.set(0);
        }

        @Override
        public void close() {
            server.stop(0);
            threads.shutdownNow();
        }
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static double ms(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    static String loadAverage() {
        try (InputStream in = Files.newInputStream(Path.of("/proc/loadavg"))) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }

    static int option(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
