import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The reports-service benchmarks, on the running platform ({@code ./sto up}).
 * <p>
 * {@code intake}: report intake under load: {@code --users} people at once (default 100), each writing
 * {@code --reports} first progress reports of their own regions: start the draft, save its six sections one by
 * one (each with the revision it edited), submit, pausing {@code --think} ms (default 1000, as a person who types
 * fast; 0 for back to back) between requests, after a warm-up of {@code --warmup} reports per user (default 1,
 * not counted: a service's first minute, while its JIT compiles, is not its steady state; 0 measures it). Prints
 * per kind of request p50/p90/p99/max, and how long from the submit request until its {@code report.submitted} event was on Kafka (the record's timestamp, taken when the
 * relay sent it), with a check that every submission's event arrived once. Seeds fresh regions per run straight
 * into reports-service's database (known region, lead-r01's board as lead, the first progress report obligation),
 * so runs never meet each other's reports.
 * <p>
 * {@code regulation}: the ministry publishes a regulation with five report kinds while 10,000 regions are admitted
 * (50,000 obligations): the publish request (one transaction: version 1, participations, obligations, history and
 * outbox rows), the time until the outbox relay published every event, and, read back from Kafka, that each
 * obligation's {@code obligation.created} event arrived exactly once. Seeds the admissions of regions
 * A00001..A10000 once ({@code --remove} deletes them and every benchmark regulation).
 * <p>
 * {@code amendment}: one amendment that moves all five deadlines of the latest benchmark regulation (publishing one
 * first if there is none): the amendment request (one transaction: version, moved dates, history and outbox rows),
 * the time until every event was published, and that each moved obligation's event arrived exactly once.
 *
 * <pre>
 * java -cp devstack/target/devstack.jar bench/ReportsBench.java intake [--users 100] [--reports 3] [--think 1000] [--warmup 1]
 * java -cp devstack/target/devstack.jar bench/ReportsBench.java regulation [--regions 10000] [--runs 3] [--remove]
 * java -cp devstack/target/devstack.jar bench/ReportsBench.java amendment [--regions 10000] [--runs 3] [--remove]
 * </pre>
 */
public class ReportsBench {

    static final String PG = "jdbc:postgresql://127.0.0.1:55432/reports";
    static final String KEYCLOAK = "http://127.0.0.1:8180";
    static final String REPORTS = "http://127.0.0.1:8082";
    static final String KAFKA = "127.0.0.1:9092";
    static final String REPORTS_TOPIC = "sto.reports.v1";
    static final String REGULATION = "sto.regulation.v1";
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final String LEAD_BOARD = "41509";
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, String> SECTIONS = Map.of(
            "aim-duurzaam", "{\"activities\":\"Gastlessen en stages\",\"results\":\"40 stages\"}",
            "aim-dekkend", "{\"activities\":\"Techniek op drie locaties\",\"results\":\"Bereikbaar binnen 10 km\"}",
            "aim-kwalitatief-hoogstaand", "{\"activities\":\"Nascholing\",\"results\":\"12 docenten\"}",
            "plan-adjustments", "{\"text\":\"Geen aanpassingen\"}",
            "covid-19", "{\"text\":\"Stages schoven naar het voorjaar\"}",
            "cofinancing-realised", "{\"years\":[{\"year\":2020,\"amount\":25000.50}],\"explanation\":\"Bedrijven\"}");

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** A person's pause between two requests (uniformly 0.5 to 1.5 times this); 0 sends them back to back. */
    static int thinkMillis = 1000;
    static final Map<String, List<Double>> LATENCIES = new ConcurrentHashMap<>();
    static final Map<String, Long> SUBMIT_STARTS = new ConcurrentHashMap<>();

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args).subList(Math.min(1, args.length), args.length);
        switch (args.length == 0 ? "" : args[0]) {
            case "intake" -> intake(options);
            case "regulation" -> regulation(options);
            case "amendment" -> amendment(options);
            default -> System.out.println("usage: ReportsBench.java intake [--users 100] [--reports 3] [--think 1000] [--warmup 1] | "
                    + "regulation [--regions 10000] [--runs 3] [--remove] | amendment [--regions 10000] [--runs 3] [--remove]");
        }
    }

    static void intake(List<String> args) throws Exception {
        int users = 100, reports = 3, warmup = 1;
        for (int i = 0; i < args.size(); i++) {
            switch (args.get(i)) {
                case "--users" -> users = Integer.parseInt(args.get(++i));
                case "--reports" -> reports = Integer.parseInt(args.get(++i));
                case "--think" -> thinkMillis = Integer.parseInt(args.get(++i));
                case "--warmup" -> warmup = Integer.parseInt(args.get(++i));
                default -> throw new IllegalArgumentException("unknown option " + args.get(i));
            }
        }
        String run = UUID.randomUUID().toString().substring(0, 5).toUpperCase();
        List<String[]> regions = seed(run, users * (warmup + reports));
        String token = token("sto-schools", "lead-r01");
        if (warmup > 0) {
            System.out.printf("run %s: warm-up, %d users x %d reports (not counted)%n", run, users, warmup);
            runUsers(users, regions.subList(0, users * warmup), token);
            LATENCIES.clear();
            SUBMIT_STARTS.clear();
        }
        Map<TopicPartition, Long> before = endOffsets(REPORTS_TOPIC);
        System.out.printf("run %s: %d users, %d reports each, %d requests, think time %d ms%n", run, users, reports,
                users * reports * (2 + SECTIONS.size()), thinkMillis);
        double seconds = runUsers(users, regions.subList(users * warmup, regions.size()), token);
        System.out.printf("%.1f s, %.0f requests/s%n", seconds,
                LATENCIES.values().stream().mapToInt(List::size).sum() / seconds);
        System.out.println("request | n | p50 ms | p90 ms | p99 ms | max ms");
        List<Double> all = new ArrayList<>();
        LATENCIES.forEach((kind, values) -> {
            all.addAll(values);
            print(kind, values);
        });
        print("all", all);
        eventLatencies(before);
    }

    /** Each user writes and submits its share of the regions' reports, one after the other; returns seconds. */
    static double runUsers(int users, List<String[]> regions, String token) throws InterruptedException {
        int reports = regions.size() / users;
        ExecutorService pool = Executors.newFixedThreadPool(users);
        CountDownLatch done = new CountDownLatch(users);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        for (int u = 0; u < users; u++) {
            List<String[]> mine = regions.subList(u * reports, (u + 1) * reports);
            pool.submit(() -> {
                try {
                    for (String[] region : mine) {
                        writeAndSubmit(token, region[0], region[1]);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        pool.shutdown();
        if (!failures.isEmpty()) {
            System.out.println(failures.size() + " users failed, first: " + failures.get(0));
        }
        return (System.nanoTime() - start) / 1e9;
    }

    static void writeAndSubmit(String token, String region, String obligation) throws Exception {
        think();
        HttpResponse<String> started = call("start", token, "POST",
                "/api/regions/" + region + "/obligations/" + obligation + "/report", null, null);
        String reportId = JSON.readTree(started.body()).get("id").asText();
        String etag = started.headers().firstValue("ETag").orElse("\"0\"");
        String base = "/api/regions/" + region + "/reports/" + reportId;
        for (Map.Entry<String, String> section : SECTIONS.entrySet()) {
            think();
            etag = call("save section", token, "PUT", base + "/sections/" + section.getKey(), section.getValue(), etag)
                    .headers().firstValue("ETag").orElseThrow();
        }
        think();
        long submitStart = System.currentTimeMillis();
        call("submit", token, "POST", base + "/submit", null, null);
        SUBMIT_STARTS.put(reportId, submitStart);
    }

    static HttpResponse<String> call(String kind, String token, String method, String path, String body,
            String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(REPORTS + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        LATENCIES.computeIfAbsent(kind, k -> new CopyOnWriteArrayList<>()).add((System.nanoTime() - start) / 1e6);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(kind + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response;
    }

    static void think() throws InterruptedException {
        if (thinkMillis > 0) {
            Thread.sleep((long) (thinkMillis * (0.5 + java.util.concurrent.ThreadLocalRandom.current().nextDouble())));
        }
    }

    static void eventLatencies(Map<TopicPartition, Long> from) throws Exception {
        Map<String, Integer> seen = new ConcurrentHashMap<>();
        List<Double> latencies = new ArrayList<>();
        long deadline = System.currentTimeMillis() + 60_000;
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.assign(from.keySet());
            from.forEach(consumer::seek);
            while (latencies.size() < SUBMIT_STARTS.size() && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (!"nl.sto.report.submitted.v1".equals(header(record, "ce_type"))) {
                        continue;
                    }
                    JsonNode event = JSON.readTree(record.value());
                    Long submitted = SUBMIT_STARTS.get(event.get("reportId").asText());
                    if (submitted != null && seen.merge(event.get("reportId").asText(), 1, Integer::sum) == 1) {
                        latencies.add((double) (record.timestamp() - submitted));
                    }
                }
            }
        }
        System.out.printf("submitted %d, report.submitted events found %d, duplicates %d%n", SUBMIT_STARTS.size(),
                seen.size(), seen.values().stream().filter(n -> n > 1).count());
        print("submit -> event on Kafka", latencies);
    }

    static void print(String kind, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.println(kind + " | 0");
            return;
        }
        System.out.printf("%s | %d | %.1f | %.1f | %.1f | %.1f%n", kind, sorted.size(), pct(sorted, 50),
                pct(sorted, 90), pct(sorted, 99), sorted.get(sorted.size() - 1));
    }

    static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    interface Bench {
        void run(Connection db, String token, Options options) throws Exception;
    }

    /** Seeds the admissions and runs the benchmark, or with {@code --remove} only removes its data. */
    static void withAdmissions(List<String> args, Bench bench) throws Exception {
        Options options = Options.parse(args);
        try (Connection db = DriverManager.getConnection(PG, "postgres", "postgres")) {
            if (options.remove) {
                System.out.println("removed " + remove(db) + " benchmark obligations");
                return;
            }
            seedAdmissions(db, options.regions);
            bench.run(db, token("sto-ministry", "admin"), options);
        }
    }

    static void regulation(List<String> args) throws Exception {
        withAdmissions(args, (db, token, options) -> {
            System.out.println("run | regions | obligations created | publish request ms | all events published ms | "
                    + "obligation.created on Kafka (distinct) | duplicates");
            for (int run = 1; run <= options.runs; run++) {
                publishRegulation(db, token, run);
            }
        });
    }

    static void amendment(List<String> args) throws Exception {
        withAdmissions(args, (db, token, options) -> {
            String regulation = latestBenchRegulation(db);
            if (regulation == null) {
                System.out.println("no benchmark regulation yet: publishing one first");
                regulation = publishRegulation(db, token, 0);
            }
            System.out.printf("amending %s (%d obligations)%n", regulation, count(db,
                    "SELECT count(*) FROM obligation WHERE regulation_id = '" + regulation + "'"));
            System.out.println("run | obligations moved | amendment request ms | all events published ms | "
                    + "deadline.changed on Kafka (distinct) | duplicates");
            for (int run = 1; run <= options.runs; run++) {
                amend(db, token, regulation, run);
            }
        });
    }

    record Options(int regions, int runs, boolean remove) {

        static Options parse(List<String> args) {
            int regions = 10_000, runs = 3;
            boolean remove = false;
            for (int i = 0; i < args.size(); i++) {
                switch (args.get(i)) {
                    case "--regions" -> regions = Integer.parseInt(args.get(++i));
                    case "--runs" -> runs = Integer.parseInt(args.get(++i));
                    case "--remove" -> remove = true;
                    default -> throw new IllegalArgumentException("unknown option " + args.get(i));
                }
            }
            return new Options(regions, runs, remove);
        }
    }

    static final int BENCH_KINDS = 5;

    /** Drafts a regulation with five report kinds and publishes it; prints one line, returns its id. */
    static String publishRegulation(Connection db, String token, int run) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '0');
        String id = "BENCH-" + tag;
        LocalDate today = LocalDate.now(ZONE);
        StringBuilder kinds = new StringBuilder();
        for (int k = 1; k <= BENCH_KINDS; k++) {
            kinds.append(k > 1 ? "," : "").append("""
                    {"code":"BENCH_KIND_%d","name":{"nl":"Benchmark %d","en":"Benchmark %d"},"abbreviation":"B%s%d",
                     "report":true,"due":{"rule":"FIXED","date":"%s"},
                     "sections":[{"type":"free-text","key":"toelichting","title":{"nl":"Toelichting","en":"Notes"},
                     "required":true}]}""".formatted(k, k, k, tag.replaceAll("[^A-Z0-9]", "X"), k,
                    today.plusMonths(6L * k)));
        }
        String draft = """
                {"id":"%s","title":"Benchmark regulation %s","legalReference":"Benchmark regulation %s",
                 "publishedOn":"%s","effectiveOn":"%s","period":{"from":"%s","to":"%s"},
                 "sourceNote":"bench/ReportsBench.java","grantsDecidedOn":null,"kinds":[%s]}""".formatted(id, tag, tag,
                today, today, today, today.plusYears(4), kinds);
        send(token, "POST", "/api/regulations", draft, 201);
        Map<TopicPartition, Long> before = endOffsets(REGULATION);
        long start = System.nanoTime();
        HttpResponse<String> response = send(token, "POST", "/api/regulations/" + id + "/publish", null, 200);
        long applied = System.nanoTime();
        JsonNode published = JSON.readTree(response.body());
        awaitOutboxSent(db);
        long sent = System.nanoTime();
        long[] onKafka = readBack(before, "nl.sto.obligation.created.v1", "regulationId", id);
        System.out.printf("%d | %d | %d | %.0f | %.0f | %d | %d%n", run, published.get("regions").asInt(),
                published.get("obligationsCreated").asInt(), (applied - start) / 1e6, (sent - start) / 1e6,
                onKafka[0], onKafka[1]);
        return id;
    }

    static void amend(Connection db, String token, String regulation, int run) throws Exception {
        String reference = "Benchmark amendment " + UUID.randomUUID().toString().substring(0, 8);
        Map<TopicPartition, Long> before = endOffsets(REGULATION);
        LocalDate today = LocalDate.now(ZONE);
        LocalDate base = today.plusYears(2).plusDays(run * 10L + (System.nanoTime() % 300));
        StringBuilder deadlines = new StringBuilder();
        for (int k = 1; k <= BENCH_KINDS; k++) {
            deadlines.append(k > 1 ? "," : "").append("\"BENCH_KIND_%d\":\"%s\"".formatted(k, base.plusDays(k)));
        }
        String body = """
                {"legalReference":"%s","title":"Benchmark: every deadline moves","publishedOn":"%s",
                 "effectiveOn":"%s","sourceNote":"bench/ReportsBench.java","deadlines":{%s}}"""
                .formatted(reference, today, today, deadlines);
        long start = System.nanoTime();
        HttpResponse<String> response = send(token, "POST", "/api/regulations/" + regulation + "/amendments", body,
                201);
        long applied = System.nanoTime();
        int moved = JSON.readTree(response.body()).get("obligationsChanged").asInt();
        awaitOutboxSent(db);
        long published = System.nanoTime();
        long[] onKafka = readBack(before, "nl.sto.deadline.changed.v1", "reason", reference);
        System.out.printf("%d | %d | %.0f | %.0f | %d | %d%n", run, moved, (applied - start) / 1e6,
                (published - start) / 1e6, onKafka[0], onKafka[1]);
    }

    static HttpResponse<String> send(String token, String method, String path, String body, int expected)
            throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(REPORTS + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " refused: " + response.statusCode() + " "
                    + response.body());
        }
        return response;
    }

    static void awaitOutboxSent(Connection db) throws Exception {
        while (count(db, "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL") > 0) {
            Thread.sleep(20);
        }
    }

    /** Distinct events of this type whose {@code field} is {@code value}, by obligation, and how many came twice. */
    static long[] readBack(Map<TopicPartition, Long> from, String type, String field, String value) throws Exception {
        Map<TopicPartition, Long> to = endOffsets(REGULATION);
        Map<String, Integer> seen = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.assign(to.keySet());
            from.forEach(consumer::seek);
            while (to.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (!type.equals(header(record, "ce_type"))) {
                        continue;
                    }
                    JsonNode event = JSON.readTree(record.value());
                    if (value.equals(event.path(field).asText())) {
                        seen.merge(event.path("obligationId").asText(), 1, Integer::sum);
                    }
                }
            }
        }
        return new long[] {seen.size(), seen.values().stream().filter(n -> n > 1).count()};
    }

    static String latestBenchRegulation(Connection db) throws Exception {
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("SELECT id FROM regulation "
                + "WHERE id LIKE 'BENCH-%' AND status = 'PUBLISHED' ORDER BY published_at DESC LIMIT 1")) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /**
     * Regions A00001..A10000 as admitted to the programme on 1 Jan 2020 (once): straight into reports-service's
     * admissions, as the region.admitted consumer records them, so every regulation published later reaches them.
     */
    static void seedAdmissions(Connection db, int regions) throws Exception {
        try (Statement sql = db.createStatement()) {
            int added = sql.executeUpdate("""
                    INSERT INTO admission (region_code, admitted_on, recorded_at)
                    SELECT 'A' || lpad(n::text, 5, '0'), DATE '2020-01-01', now() FROM generate_series(1, %d) n
                    ON CONFLICT DO NOTHING""".formatted(regions));
            System.out.printf("admitted A* regions: %d (seeded now: %d)%n",
                    count(db, "SELECT count(*) FROM admission WHERE region_code LIKE 'A%'"), added);
        }
    }

    /** Deletes the benchmark regulations, the A* regions' admissions, and everything that hangs off them. */
    static long remove(Connection db) throws Exception {
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            String benchmark = "(regulation_id LIKE 'BENCH-%' OR region_code LIKE 'A%')";
            sql.executeUpdate("DELETE FROM obligation_change WHERE obligation_id IN (SELECT id FROM obligation WHERE "
                    + benchmark + ")");
            long removed = sql.executeUpdate("DELETE FROM obligation WHERE " + benchmark);
            sql.executeUpdate("DELETE FROM participation WHERE " + benchmark);
            sql.executeUpdate("DELETE FROM admission WHERE region_code LIKE 'A%'");
            sql.executeUpdate("DELETE FROM regulation_version WHERE regulation_id LIKE 'BENCH-%'");
            sql.executeUpdate("DELETE FROM obligation_kind WHERE regulation_id LIKE 'BENCH-%'");
            sql.executeUpdate("DELETE FROM regulation WHERE id LIKE 'BENCH-%'");
            db.commit();
            return removed;
        }
    }

    static long count(Connection db, String query) throws Exception {
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value());
    }

    /** Regions S&lt;run&gt;-0001.. with lead-r01's board as lead and their first progress report obligation. */
    static List<String[]> seed(String run, int count) throws Exception {
        List<String[]> regions = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(PG, "postgres", "postgres")) {
            db.setAutoCommit(false);
            try (PreparedStatement region = db.prepareStatement(
                    "INSERT INTO known_region (code, name, registered_at) VALUES (?, ?, now())");
                    PreparedStatement lead = db.prepareStatement("INSERT INTO region_access (membership_id, "
                            + "organisation_code, region_code, role, joined_on) VALUES (?, ?, ?, 'lead', '2020-01-01')");
                    PreparedStatement admission = db.prepareStatement("INSERT INTO admission (region_code, "
                            + "admitted_on, recorded_at) VALUES (?, DATE '2020-01-01', now())");
                    PreparedStatement participation = db.prepareStatement("INSERT INTO participation "
                            + "(regulation_id, region_code, grant_decided_on, joined_at) "
                            + "VALUES ('STO-2020-2023', ?, DATE '2020-01-01', now())");
                    PreparedStatement obligation = db.prepareStatement("INSERT INTO obligation (id, region_code, "
                            + "regulation_id, kind, due_date, status, version, created_at) SELECT ?, ?, "
                            + "'STO-2020-2023', 'PROGRESS_REPORT_1', CAST(deadlines::json ->> 'PROGRESS_REPORT_1' "
                            + "AS date), 'OPEN', number, now() FROM regulation_version "
                            + "WHERE regulation_id = 'STO-2020-2023' ORDER BY number DESC LIMIT 1")) {
                for (int i = 1; i <= count; i++) {
                    String code = "S" + run + "-" + String.format("%04d", i);
                    UUID id = UUID.randomUUID();
                    region.setString(1, code);
                    region.setString(2, "Benchmark " + code);
                    region.addBatch();
                    lead.setString(1, UUID.randomUUID().toString());
                    lead.setString(2, LEAD_BOARD);
                    lead.setString(3, code);
                    lead.addBatch();
                    admission.setString(1, code);
                    admission.addBatch();
                    participation.setString(1, code);
                    participation.addBatch();
                    obligation.setObject(1, id);
                    obligation.setString(2, code);
                    obligation.addBatch();
                    regions.add(new String[] {code, id.toString()});
                }
                region.executeBatch();
                lead.executeBatch();
                admission.executeBatch();
                participation.executeBatch();
                obligation.executeBatch();
            }
            db.commit();
        }
        return regions;
    }

    static Map<TopicPartition, Long> endOffsets(String topic) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            return new HashMap<>(consumer.endOffsets(partitions));
        }
    }

    static KafkaConsumer<String, String> consumer() {
        Properties config = new Properties();
        config.put("bootstrap.servers", KAFKA);
        config.put("enable.auto.commit", "false");
        config.put("max.poll.records", "5000");
        return new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer());
    }

    static String token(String realm, String username) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/" + realm
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=sto-cli&username="
                        + username + "&password=demo&scope=openid"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(response.body()).get("access_token").asText();
    }
}
