import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Applies one amendment that moves all four deadlines of 10,000 regions (40,000 obligations) on the running
 * platform and measures: the amendment request (one transaction: version, 40,000 moved dates, their history and
 * outbox rows), the time until the outbox relay has published every event, and, read back from Kafka, that each
 * moved obligation's deadline.changed event arrived exactly once.
 * <p>
 * Seeds the obligations of regions A00001..A10000 straight into reports-service's database (once; --remove deletes
 * them). The amendment also moves the demo regions' deadlines: run it on a platform you can throw away.
 *
 * <pre>
 * java -cp devstack/target/devstack.jar bench/AmendmentBench.java [--regions 10000] [--runs 3] [--remove]
 * </pre>
 */
public class AmendmentBench {

    static final String PG = "jdbc:postgresql://127.0.0.1:55432/reports";
    static final String KEYCLOAK = "http://127.0.0.1:8180/realms/sto-ministry/protocol/openid-connect/token";
    static final String REPORTS = "http://127.0.0.1:8082";
    static final String KAFKA = "127.0.0.1:9092";
    static final String TOPIC = "sto.regulation.v1";
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    public static void main(String[] args) throws Exception {
        int regions = 10_000, runs = 3;
        boolean remove = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--regions" -> regions = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--remove" -> remove = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        try (Connection db = DriverManager.getConnection(PG, "postgres", "postgres")) {
            if (remove) {
                System.out.println("removed " + remove(db) + " benchmark obligations");
                return;
            }
            long seeded = seed(db, regions);
            System.out.printf("obligations of A* regions: %d (seeded now: %s)%n", count(db,
                    "SELECT count(*) FROM obligation WHERE region_code LIKE 'A%'"), seeded > 0);
            String token = adminToken();
            System.out.println("run | obligations moved | amendment request ms | all events published ms | "
                    + "deadline.changed on Kafka (distinct) | duplicates");
            for (int run = 1; run <= runs; run++) {
                measure(db, token, run);
            }
        }
    }

    static void measure(Connection db, String token, int run) throws Exception {
        String reference = "Benchmark amendment " + UUID.randomUUID().toString().substring(0, 8);
        Map<TopicPartition, Long> before = endOffsets();
        LocalDate today = LocalDate.now(ZONE);
        LocalDate base = today.plusYears(2).plusDays(run * 10L + (System.nanoTime() % 300));
        String body = """
                {"legalReference":"%s","title":"Benchmark: every deadline moves","publishedOn":"%s",
                 "effectiveOn":"%s","sourceNote":"bench/AmendmentBench.java",
                 "deadlines":{"PROGRESS_REPORT_1":"%s","PROGRESS_REPORT_2":"%s","SPENDING_PERIOD_END":"%s",
                 "FINAL_REPORT":"%s"}}""".formatted(reference, today, today, base, base.plusDays(1),
                base.plusDays(2), base.plusDays(3));
        long start = System.nanoTime();
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(REPORTS + "/api/regulation/amendments"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        long applied = System.nanoTime();
        if (response.statusCode() != 201) {
            throw new IllegalStateException("amendment refused: " + response.statusCode() + " " + response.body());
        }
        int moved = Integer.parseInt(response.body().replaceAll(".*\"obligationsChanged\":(\\d+).*", "$1"));
        while (count(db, "SELECT count(*) FROM outbox_event WHERE sent_at IS NULL") > 0) {
            Thread.sleep(20);
        }
        long published = System.nanoTime();
        long[] onKafka = readBack(before, reference);
        System.out.printf("%d | %d | %.0f | %.0f | %d | %d%n", run, moved, (applied - start) / 1e6,
                (published - start) / 1e6, onKafka[0], onKafka[1]);
    }

    /** Distinct deadline.changed events of this amendment on the topic, and how many arrived more than once. */
    static long[] readBack(Map<TopicPartition, Long> from, String reference) {
        Map<TopicPartition, Long> to = endOffsets();
        Map<String, Integer> seen = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.assign(to.keySet());
            from.forEach(consumer::seek);
            while (to.entrySet().stream().anyMatch(e -> consumer.position(e.getKey()) < e.getValue())) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    String value = record.value();
                    if (value.contains("\"reason\":\"" + reference + "\"")) {
                        String id = value.replaceAll(".*\"obligationId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
                        seen.merge(id + value.replaceAll(".*\"kind\"\\s*:\\s*\"([^\"]+)\".*", "$1"), 1, Integer::sum);
                    }
                }
            }
        }
        return new long[] {seen.size(), seen.values().stream().filter(n -> n > 1).count()};
    }

    static Map<TopicPartition, Long> endOffsets() {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new TopicPartition(TOPIC, p.partition())).toList();
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

    static long seed(Connection db, int regions) throws Exception {
        if (count(db, "SELECT count(*) FROM obligation WHERE region_code LIKE 'A%'") >= regions * 4L) {
            return 0;
        }
        try (Statement sql = db.createStatement()) {
            return sql.executeUpdate("""
                    INSERT INTO obligation (id, region_code, kind, due_date, status, version, created_at)
                    SELECT gen_random_uuid(), 'A' || lpad(n::text, 5, '0'), k.kind,
                           CASE k.kind WHEN 'PROGRESS_REPORT_1' THEN v.progress_report_1
                                       WHEN 'PROGRESS_REPORT_2' THEN v.progress_report_2
                                       WHEN 'FINAL_REPORT' THEN v.final_report ELSE v.spending_period_end END,
                           'OPEN', v.number, now()
                    FROM generate_series(1, %d) n
                    CROSS JOIN (VALUES ('PROGRESS_REPORT_1'), ('PROGRESS_REPORT_2'), ('FINAL_REPORT'),
                                       ('SPENDING_PERIOD_END')) k(kind)
                    CROSS JOIN (SELECT * FROM regulation_version ORDER BY number DESC LIMIT 1) v
                    ON CONFLICT (region_code, kind) DO NOTHING""".formatted(regions));
        }
    }

    static long remove(Connection db) throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.executeUpdate("DELETE FROM obligation_change WHERE obligation_id IN "
                    + "(SELECT id FROM obligation WHERE region_code LIKE 'A%')");
            return sql.executeUpdate("DELETE FROM obligation WHERE region_code LIKE 'A%'");
        }
    }

    static long count(Connection db, String query) throws Exception {
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String adminToken() throws Exception {
        String form = "grant_type=password&client_id=sto-cli&username=admin&password=demo&scope="
                + URLEncoder.encode("openid", StandardCharsets.UTF_8);
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(KEYCLOAK))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        return response.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }
}
