import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.sto.devstack.KeycloakTokens;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import org.postgresql.PGConnection;

/**
 * Measures monitor-service on the running platform ({@code ./sto up}); prints figures, asserts nothing.
 * <p>
 * {@code import}: the DUO student file of 2019 (24,243 rows) uploaded through {@code POST /api/imports} as the monitor
 * team, timed from the start of the upload until the run is done, {@code --runs} times, each under a school year of
 * its own (21xx, removed afterwards) so that none is skipped as unchanged; beside it, in the same run, PostgreSQL's
 * own bulk load of the same file ({@code COPY ... FROM STDIN (FORMAT csv)} into a table of text columns, as psql's
 * {@code \copy} does). Target: the service under 5 s.
 * <p>
 * {@code indicators}: every indicator of {@code GET /api/indicators} for its latest school year, nationally and for
 * every known region in turn, by {@code --clients} clients at once, {@code --requests} per indicator after a warm-up;
 * prints the latency percentiles per indicator, then those of a region's figures for its report
 * ({@code /api/indicators/figures}, every indicator for the region and nationally; no target). Target: every
 * indicator's p99 under 50 ms.
 * <p>
 * {@code stream}: {@code --subscribers} clients connected to {@code GET /api/events/stream} as the monitor team, each
 * filtered to the benchmark's event type; then {@code --events} CloudEvents of type {@code nl.sto.bench.ping.v1}
 * (subject {@code BENCH}) published on {@code sto.reports.v1}, {@code --rate} per second, each carrying the moment
 * it was handed to Kafka. Prints the latency from that moment to each subscriber's receipt (every subscriber, every
 * event) as percentiles, how many deliveries never came, the slowest events (held up before or in the fan-out) and
 * the CPU its subscribers' thread used. Target: p99 under 1 s. The events stay in the log (a
 * log has no gaps); the platform's consumers pass over their type.
 *
 * <pre>
 * java -cp devstack/target/devstack.jar bench/MonitorBench.java import [--runs 5]
 * java -cp devstack/target/devstack.jar bench/MonitorBench.java indicators [--requests 2000] [--clients 4]
 * java -cp devstack/target/devstack.jar bench/MonitorBench.java stream [--subscribers 500] [--events 200] [--rate 20]
 * </pre>
 */
public class MonitorBench {

    static final String SERVICE = "http://127.0.0.1:8083";
    static final String KEYCLOAK = "http://127.0.0.1:8180";
    static final String PG = "jdbc:postgresql://127.0.0.1:55432/monitor";
    static final Path FILE = Path.of("../shared/data/duo/leerlingen-vo-per-vestiging-naar-onderwijstype-2019.csv");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        String mode = args.length == 0 ? "" : args[0];
        switch (mode) {
            case "import" -> importFile(option(args, "--runs", 5));
            case "indicators" -> indicators(option(args, "--requests", 2000), option(args, "--clients", 4));
            case "stream" -> stream(option(args, "--subscribers", 500), option(args, "--events", 200),
                    option(args, "--rate", 20));
            default -> {
                System.out.println("usage: MonitorBench.java import [--runs 5] | indicators [--requests 2000] "
                        + "[--clients 4] | stream [--subscribers 500] [--events 200] [--rate 20]");
                System.exit(2);
            }
        }
    }

    // ------------------------------------------------------------------------------------------------------ import

    static void importFile(int runs) throws Exception {
        String token = KeycloakTokens.accessToken(KEYCLOAK, "sto-ministry", "monitor");
        byte[] file = Files.readAllBytes(FILE);
        System.out.printf("file: %s, %,d bytes; load average %s%n", FILE.getFileName(), file.length, loadAverage());
        List<Double> service = new ArrayList<>();
        List<Double> copy = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(PG, "postgres", "postgres")) {
            for (int run = 1; run <= runs; run++) {
                copy.add(plainCopy(db, file));
                String year = (2100 + run) + "-" + (2101 + run);
                double seconds = upload(token, file, year);
                service.add(seconds);
                System.out.printf("run %d: PostgreSQL's own COPY %.2f s; the service's import (%s) %.2f s%n", run,
                        copy.get(copy.size() - 1), year, seconds);
            }
            removeBenchYears(db);
        }
        System.out.printf("import of %s: service median %.2f s (min %.2f), PostgreSQL COPY median %.2f s (min %.2f);"
                + " target under 5 s: %s%n", FILE.getFileName(), median(service), Collections.min(service),
                median(copy), Collections.min(copy), median(service) < 5 ? "MET" : "MISSED");
    }

    /** The same bytes into a table of text columns with PostgreSQL's CSV COPY, from the client as psql does. */
    static double plainCopy(Connection db, byte[] file) throws Exception {
        String header = new String(file, 0, indexOf(file, (byte) '\n'), StandardCharsets.ISO_8859_1).strip();
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < header.split(";").length; i++) {
            columns.append(i == 0 ? "" : ", ").append("c").append(i).append(" text");
        }
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            sql.execute("CREATE TEMPORARY TABLE bench_copy (" + columns + ") ON COMMIT DROP");
            long start = System.nanoTime();
            db.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_copy FROM STDIN (FORMAT csv, DELIMITER ';', "
                    + "HEADER true, ENCODING 'LATIN1')", new java.io.ByteArrayInputStream(file));
            double seconds = (System.nanoTime() - start) / 1e9;
            db.commit();
            return seconds;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** From the start of the upload until the run is done. */
    static double upload(String token, byte[] file, String year) throws Exception {
        String boundary = "bench" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 1024);
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"schoolYear\"\r\n\r\n" + year
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + FILE.getFileName() + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        long start = System.nanoTime();
        HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(URI.create(SERVICE + "/api/imports"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("upload answered " + started.statusCode() + ": " + started.body());
        }
        String id = JSON.readTree(started.body()).path("id").asText();
        while (true) {
            JsonNode run = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create(SERVICE + "/api/imports/" + id))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body());
            String status = run.path("status").asText();
            if (!"running".equals(status)) {
                double seconds = (System.nanoTime() - start) / 1e9;
                if (!"done".equals(status) || run.path("rowsAccepted").asLong() != 24243) {
                    throw new IllegalStateException("the import ended " + status + ": " + run);
                }
                return seconds;
            }
            Thread.sleep(20);
        }
    }

    static void removeBenchYears(Connection db) throws Exception {
        try (Statement sql = db.createStatement()) {
            int rows = sql.executeUpdate("DELETE FROM student_count WHERE school_year LIKE '21%'");
            sql.executeUpdate("DELETE FROM postcode_reach WHERE school_year LIKE '21%'");
            sql.executeUpdate("DELETE FROM import_rejection WHERE run_id IN (SELECT id FROM import_run "
                    + "WHERE school_year LIKE '21%')");
            int runs = sql.executeUpdate("DELETE FROM import_run WHERE school_year LIKE '21%'");
            System.out.printf("removed the benchmark's school years 21xx: %,d student rows, %d runs%n", rows, runs);
        }
    }

    // -------------------------------------------------------------------------------------------------- indicators

    static void indicators(int requests, int clients) throws Exception {
        String token = KeycloakTokens.accessToken(KEYCLOAK, "sto-ministry", "monitor");
        List<String> regions = new ArrayList<>();
        JSON.readTree(get(token, "/api/regions/known").body()).forEach(r -> regions.add(r.path("code").asText()));
        List<String> indicators = new ArrayList<>();
        JSON.readTree(get(token, "/api/indicators").body()).forEach(i -> indicators.add(i.path("id").asText()));
        System.out.printf("%d indicators, each nationally and for %d regions (latest school year), %d requests "
                + "each by %d clients; load average %s%n", indicators.size(), regions.size(), requests, clients,
                loadAverage());
        boolean met = true;
        for (String id : indicators) {
            List<String> paths = new ArrayList<>();
            paths.add("/api/indicators/" + id);
            regions.forEach(code -> paths.add("/api/indicators/" + id + "?region=" + code));
            met &= latencies(id, token, paths, requests, clients, 50);
        }
        List<String> figures = regions.stream().map(code -> "/api/indicators/figures?region=" + code).toList();
        latencies("figures (all indicators of a region and nationally)", token, figures, requests / 4, clients,
                Double.MAX_VALUE);
        System.out.println("target every indicator's p99 under 50 ms: " + (met ? "MET" : "MISSED"));
    }

    /** Requests the paths in turn after a warm-up and prints the latency percentiles; whether p99 is under target. */
    static boolean latencies(String what, String token, List<String> paths, int requests, int clients,
            double targetMs) throws Exception {
        for (int i = 0; i < Math.min(200, requests); i++) {
            expectOk(get(token, paths.get(i % paths.size())));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<List<Long>>> parts = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            parts.add(pool.submit(() -> {
                List<Long> nanos = new ArrayList<>();
                for (int i = client; i < requests; i += clients) {
                    long begin = System.nanoTime();
                    expectOk(get(token, paths.get(i % paths.size())));
                    nanos.add(System.nanoTime() - begin);
                }
                return nanos;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> part : parts) {
            all.addAll(part.get());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Collections.sort(all);
        System.out.printf("  %-28s %5d requests in %5.1f s (%4.0f/s): p50 %5.1f ms, p95 %5.1f ms, p99 %5.1f ms, "
                + "max %6.1f ms%n", what, all.size(), seconds, all.size() / seconds, ms(all, 0.50), ms(all, 0.95),
                ms(all, 0.99), all.get(all.size() - 1) / 1e6);
        return ms(all, 0.99) < targetMs;
    }

    // ------------------------------------------------------------------------------------------------------ stream

    static final String BENCH_TYPE = "nl.sto.bench.ping.v1";
    static final AtomicInteger ENDED_EARLY = new AtomicInteger();
    static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    static void stream(int subscribers, int events, int rate) throws Exception {
        String token = KeycloakTokens.accessToken(KEYCLOAK, "sto-ministry", "monitor");
        String run = UUID.randomUUID().toString();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, List<Long>> byEvent = new ConcurrentHashMap<>();
        CountDownLatch opened = new CountDownLatch(subscribers);
        SseSubscribers streams = new SseSubscribers(run, latencies, byEvent, opened);
        for (int i = 0; i < subscribers; i++) {
            streams.open("/api/events/stream?type=" + BENCH_TYPE, token);
        }
        Thread reader = new Thread(streams, "sse-subscribers");
        reader.setDaemon(true);
        reader.start();
        if (!opened.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException(opened.getCount() + " of " + subscribers + " streams did not open in 60 s");
        }
        long readerCpuAtStart = streams.cpuNanos;
        System.out.printf("%d subscribers connected; publishing %d events at %d/s; load average %s%n", subscribers,
                events, rate, loadAverage());
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", "127.0.0.1:9092");
        config.put("acks", "all");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            // the topic's metadata first, so that the first event is not timed with the producer's own start
            producer.partitionsFor("sto.reports.v1");
            long start = System.nanoTime();
            for (int i = 0; i < events; i++) {
                long due = start + i * 1_000_000_000L / rate;
                // parked, not spinning: a spinning publisher would take one of the 2 cores from what it measures
                for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                    LockSupport.parkNanos(wait);
                }
                ProducerRecord<String, String> record = new ProducerRecord<>("sto.reports.v1", "BENCH",
                        "{\"run\":\"" + run + "\",\"seq\":" + i + ",\"sentAtMillis\":" + System.currentTimeMillis() + "}");
                record.headers().add("ce_specversion", bytes("1.0")).add("ce_id", bytes(UUID.randomUUID().toString()))
                        .add("ce_type", bytes(BENCH_TYPE)).add("ce_source", bytes("/sto/bench"))
                        .add("ce_subject", bytes("BENCH")).add("content-type", bytes("application/json"));
                producer.send(record);
            }
            producer.flush();
        }
        long expected = (long) subscribers * events;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (latencies.size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        int endedEarly = ENDED_EARLY.get();
        streams.close();
        reader.join(5000);
        List<Long> sorted;
        synchronized (latencies) {
            sorted = new ArrayList<>(latencies);
        }
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.println("no event reached any subscriber");
            return;
        }
        System.out.printf("%d of %d deliveries (%d missing): p50 %d ms, p95 %d ms, p99 %d ms, max %d ms; "
                + "target p99 under 1 s: %s; %d streams ended early; load average %s%n", sorted.size(), expected,
                expected - sorted.size(),
                pct(sorted, 0.50), pct(sorted, 0.95), pct(sorted, 0.99), sorted.get(sorted.size() - 1),
                sorted.size() == expected && pct(sorted, 0.99) < 1000 ? "MET" : "MISSED", endedEarly, loadAverage());
        printSlowestEvents(byEvent);
        System.out.printf("the subscribers' reading thread used %.1f s of CPU from the first event on%n",
                (streams.cpuNanos - readerCpuAtStart) / 1e9);
    }

    /**
     * Whether the slow deliveries are whole events held up before the fan-out (even their first subscriber waited)
     * or single subscribers served late: the five events with the slowest last delivery, each with its first, median
     * and last delivery.
     */
    static void printSlowestEvents(Map<Integer, List<Long>> byEvent) {
        List<Map.Entry<Integer, List<Long>>> events = new ArrayList<>();
        byEvent.forEach((seq, latencies) -> {
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            events.add(Map.entry(seq, sorted));
        });
        long heldUp = events.stream().filter(e -> e.getValue().get(0) >= 500).count();
        System.out.printf("events whose first delivery took 500 ms or more: %d of %d; the slowest events (first / "
                + "median / last delivery, ms):", heldUp, events.size());
        events.sort((a, b) -> Long.compare(b.getValue().get(b.getValue().size() - 1),
                a.getValue().get(a.getValue().size() - 1)));
        for (Map.Entry<Integer, List<Long>> e : events.subList(0, Math.min(5, events.size()))) {
            List<Long> l = e.getValue();
            System.out.printf(" #%d %d / %d / %d;", e.getKey(), l.get(0), pct(l, 0.5), l.get(l.size() - 1));
        }
        System.out.println();
    }

    /**
     * The subscribers: plain HTTP/1.1 connections read by one thread through one selector, the chunked body decoded
     * and split into lines by hand. Each subscriber counts itself open at its stream's first line and times each of
     * this run's events. A client that cost more than the service it measures would measure itself: the JDK's
     * HttpClient spent more CPU on 500 streams than monitor-service did.
     */
    static final class SseSubscribers implements Runnable, AutoCloseable {
        private final String run;
        private final List<Long> latencies;
        private final Map<Integer, List<Long>> byEvent;
        private final CountDownLatch opened;
        private final Selector selector = Selector.open();
        private final ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
        private volatile boolean closed;
        volatile long cpuNanos;

        SseSubscribers(String run, List<Long> latencies, Map<Integer, List<Long>> byEvent, CountDownLatch opened)
                throws IOException {
            this.run = run;
            this.latencies = latencies;
            this.byEvent = byEvent;
            this.opened = opened;
        }

        void open(String path, String token) throws IOException {
            URI service = URI.create(SERVICE);
            SocketChannel channel = SocketChannel.open(
                    new java.net.InetSocketAddress(service.getHost(), service.getPort()));
            channel.write(ByteBuffer.wrap(("GET " + path + " HTTP/1.1\r\nHost: " + service.getAuthority()
                    + "\r\nAuthorization: Bearer " + token + "\r\nAccept: text/event-stream\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII)));
            channel.configureBlocking(false);
            channel.register(selector, SelectionKey.OP_READ, new Subscriber());
        }

        @Override
        public void run() {
            try {
                while (!closed) {
                    selector.select(200);
                    for (SelectionKey key : selector.selectedKeys()) {
                        read(key);
                    }
                    selector.selectedKeys().clear();
                    cpuNanos = CPU.getCurrentThreadCpuTime();
                }
            } catch (IOException e) {
                if (!closed) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        }

        private void read(SelectionKey key) throws IOException {
            Subscriber subscriber = (Subscriber) key.attachment();
            buffer.clear();
            int read = ((SocketChannel) key.channel()).read(buffer);
            if (read < 0) {
                ENDED_EARLY.incrementAndGet();
                key.cancel();
                key.channel().close();
                return;
            }
            buffer.flip();
            while (buffer.hasRemaining()) {
                subscriber.take(buffer.get());
            }
        }

        @Override
        public void close() throws IOException {
            closed = true;
            selector.wakeup();
            for (SelectionKey key : selector.keys()) {
                key.channel().close();
            }
        }

        /** One stream: its response head, then its chunks (size line, data, CRLF), the data split into lines. */
        private final class Subscriber {
            private final StringBuilder line = new StringBuilder();
            private boolean inBody;
            private boolean chunked;
            private boolean counted;
            private long chunkLeft = -1;

            void take(byte b) {
                if (!inBody) {
                    line.append((char) b);
                    if (line.length() >= 4 && line.lastIndexOf("\r\n\r\n") == line.length() - 4) {
                        if (!line.toString().startsWith("HTTP/1.1 200")) {
                            throw new IllegalStateException("the stream did not open: " + line);
                        }
                        inBody = true;
                        chunked = line.toString().toLowerCase(Locale.ROOT)
                                .contains("transfer-encoding: chunked");
                        line.setLength(0);
                    }
                    return;
                }
                if (!chunked) {
                    bodyByte(b);
                    return;
                }
                if (chunkLeft > 0) {
                    chunkLeft--;
                    bodyByte(b);
                    return;
                }
                // a chunk's size line, or the CRLF after a chunk's data
                if (b == '\n') {
                    String size = line.toString().trim();
                    line.setLength(0);
                    chunkLeft = size.isEmpty() ? 0 : Long.parseLong(size.split(";")[0], 16);
                } else {
                    line.append((char) b);
                }
            }

            private final StringBuilder text = new StringBuilder();

            private void bodyByte(byte b) {
                if (b != '\n') {
                    text.append((char) b);
                    return;
                }
                if (!counted) {
                    counted = true;
                    opened.countDown();
                }
                String received = text.toString();
                text.setLength(0);
                if (received.startsWith("data:") && received.contains(run)) {
                    long latency = System.currentTimeMillis() - number(received, "\"sentAtMillis\"");
                    latencies.add(latency);
                    byEvent.computeIfAbsent((int) number(received, "\"seq\""),
                            seq -> Collections.synchronizedList(new ArrayList<>())).add(latency);
                }
            }
        }
    }

    /** The whole number after {@code key} in an event's JSON. */
    static long number(String line, String key) {
        int start = line.indexOf(key);
        if (start < 0) {
            throw new IllegalStateException("no " + key + " in the event: " + line);
        }
        int from = start + key.length();
        while (from < line.length() && (line.charAt(from) == ':' || line.charAt(from) == ' ')) {
            from++;
        }
        int to = from;
        while (to < line.length() && Character.isDigit(line.charAt(to))) {
            to++;
        }
        return Long.parseLong(line.substring(from, to));
    }

    static long pct(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static HttpResponse<String> get(String token, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(SERVICE + path)).header("Authorization", "Bearer " + token)
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    static void expectOk(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    static double ms(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return bytes.length;
    }

    static String loadAverage() {
        try (InputStream in = Files.newInputStream(Path.of("/proc/loadavg"))) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip();
        } catch (Exception e) {
            return "unknown";
        }
    }

    static int option(String[] args, String name, int fallback) {
        for (int i = 1; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
