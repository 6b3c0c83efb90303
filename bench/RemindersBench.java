import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The notification-service benchmarks, on the running platform ({@code ./sto up}).
 * <p>
 * {@code dispatch}: 100,000 reminders due at the same moment. First a plain SMTP loop against the same SMTP server
 * (one connection, EHLO once, {@code --plain} messages of about the size of a reminder back to back) as the
 * baseline; then {@code --messages} announcements of 1,000 regions BN0001..BN1000 seeded straight into the
 * {@code notification} database (set-based, one transaction, all due now), and while the service sends them: the
 * count by status and the service's heap every second, GreenMail purged every {@code --purge-every} s. Prints the
 * service's messages/s (from the seed's commit to the last {@code sent_at}), its ratio to the plain loop (target: at
 * least half), failures, and heap min/avg/max (target: flat).
 * <p>
 * {@code replan}: an amendment that moves 40,000 obligations' dates. Seeds through Kafka as regions-service and
 * reports-service would ({@code contact.changed}, {@code obligation.created}; regions BR00001.., four obligations
 * each), measures how fast they are planned, then sends one {@code deadline.changed} per obligation at once and
 * measures until every obligation has its new date, its date-moved message and the next step of its new schedule
 * (target: within 10 s of its events) and until the consumer lag is 0. The later steps are not rows yet: they become
 * reminders when they are due. With {@code --hold-sending 1} the BR regions are paused during the amendment, so that
 * the 40,000 date-moved messages are not being sent on the same 2 cores while re-planning is measured; they go out
 * once it is measured.
 *
 * <pre>
 * java -cp devstack/target/devstack.jar bench/RemindersBench.java dispatch [--messages 100000] [--plain 20000] [--purge-every 2] [--time-limit 600] [--remove]
 * java -cp devstack/target/devstack.jar bench/RemindersBench.java replan [--obligations 40000] [--contacts 1] [--hold-sending 0|1] [--purge-every 2] [--time-limit 600] [--remove]
 * </pre>
 */
public class RemindersBench {

    static final String PG = "jdbc:postgresql://127.0.0.1:55432/notification";
    static final String SMTP_HOST = "127.0.0.1";
    static final int SMTP_PORT = 3025;
    static final String GREENMAIL = "http://127.0.0.1:8025";
    static final String SERVICE = "http://127.0.0.1:8084";
    static final String KAFKA = "127.0.0.1:9092";
    static final String REGULATION_TOPIC = "sto.regulation.v1";
    static final String REGIONS_TOPIC = "sto.regions.v1";
    static final String REGULATION_GROUP = "notification-service.regulation-events";
    static final String CONTACT_GROUP = "notification-service.contact-events";
    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    static final String FROM = "herinneringen@sto-platform.local";
    static final String BENCH_DOMAIN = "bench.example.org";
    static final int ADDRESSES = 100;
    /** Benchmark regions of each mode, as a PostgreSQL regular expression on the region code. */
    static final String BN = "^BN[0-9]{4}$";
    static final String BR = "^BR[0-9]{5}$";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Runnable abort = onAbort;
            if (abort != null) {
                abort.run();
            }
        }));
        List<String> options = List.of(args).subList(Math.min(1, args.length), args.length);
        switch (args.length == 0 ? "" : args[0]) {
            case "dispatch" -> dispatch(Options.parse(options, Map.of("--messages", 100_000, "--plain", 20_000,
                    "--purge-every", 2, "--time-limit", 600)));
            case "replan" -> replan(Options.parse(options, Map.of("--obligations", 40_000, "--contacts", 1,
                    "--hold-sending", 0,
                    "--purge-every", 2, "--time-limit", 600)));
            default -> System.out.println("""
                    usage: java -cp devstack/target/devstack.jar bench/RemindersBench.java
                      dispatch [--messages 100000] [--plain 20000] [--purge-every 2] [--time-limit 600] [--remove]
                      replan [--obligations 40000] [--contacts 1] [--hold-sending 0|1] [--purge-every 2] [--time-limit 600] [--remove]
                    --remove only deletes the mode's benchmark rows (BN* regions for dispatch, BR* for replan);
                    every run deletes them first. --time-limit bounds each wait, in seconds.""");
        }
    }

    /** Integer options with defaults, and the flag --remove. */
    record Options(Map<String, Integer> values, boolean remove) {

        static Options parse(List<String> args, Map<String, Integer> defaults) {
            Map<String, Integer> values = new HashMap<>(defaults);
            boolean remove = false;
            for (int i = 0; i < args.size(); i++) {
                String option = args.get(i);
                if (option.equals("--remove")) {
                    remove = true;
                } else if (defaults.containsKey(option) && i + 1 < args.size()) {
                    values.put(option, Integer.parseInt(args.get(++i)));
                } else {
                    throw new IllegalArgumentException("unknown option " + option + " (known: " + defaults.keySet()
                            + ", --remove)");
                }
            }
            return new Options(values, remove);
        }

        int get(String name) {
            return values.get(name);
        }
    }

    // ---------------------------------------------------------------------------------------------------- dispatch

    static void dispatch(Options options) throws Exception {
        int messages = options.get("--messages"), plain = options.get("--plain");
        int purgeEvery = Math.max(1, options.get("--purge-every")), limit = options.get("--time-limit");
        try (Connection db = DriverManager.getConnection(PG, "postgres", "postgres")) {
            System.out.printf("removed earlier benchmark rows of BN regions: %s%n", remove(db, BN));
            if (options.remove) {
                return;
            }
            int perObligation = Math.max(1, messages / 1000);
            int total = perObligation * 1000;
            System.out.printf("load average: %s; notification-service ready: %s%n", loadAverage(), ready());

            long otherDue = count(db, "SELECT count(*) FROM reminder WHERE region_code !~ '" + BN + "' AND ((status "
                    + "IN ('scheduled', 'temporary-failure') AND next_attempt_at <= now()) OR status = 'sending')");
            if (otherDue > 0) {
                System.out.printf("note: %d other reminders are due now; the service sends them alongside%n", otherDue);
            }

            // a. the baseline: the same SMTP server, without the service
            purge();
            double plainRate = plainSmtp(plain, purgeEvery, limit);
            purge();

            // b. the seed: every reminder due at the same moment
            Heap idle = Heap.sample();
            System.out.printf("notification-service heap before the seed: %.1f MB used%s%n", idle.usedMb,
                    idle.liveMb >= 0 ? String.format(", %.1f MB live after the last GC", idle.liveMb) : "");
            long seedStart = System.nanoTime();
            onAbort = () -> safeguard("BN", 4, 1000, BN);
            Timestamp committed = seedDispatch(db, perObligation);
            System.out.printf("seeded %d regions BN0001..BN1000, %d obligations, %d contacts and %d reminders due now "
                    + "in %.1f s (committed %s)%n", 1000, 1000, count(db, "SELECT count(*) FROM contact WHERE "
                    + "region_code ~ '" + BN + "'"), total, (System.nanoTime() - seedStart) / 1e9, committed);

            // c. while the service sends
            Monitor monitor = new Monitor(db, BN, null);
            ScheduledExecutorService purger = startPurging(purgeEvery, () -> sampleServiceMessage("bench1@"
                    + BENCH_DOMAIN));
            long start = System.nanoTime();
            long deadline = start + TimeUnit.SECONDS.toNanos(limit);
            System.out.println("    s |     sent | sending | scheduled | other | msgs/s (5 s) | heap MB | GCs");
            Map<String, Long> byStatus = Map.of();
            long lastSent = 0;
            for (int tick = 1; System.nanoTime() < deadline; tick++) {
                sleepUntil(start + TimeUnit.SECONDS.toNanos(tick));
                byStatus = monitor.sample();
                long sent = byStatus.getOrDefault("sent", 0L);
                long open = byStatus.getOrDefault("scheduled", 0L) + byStatus.getOrDefault("sending", 0L);
                boolean done = open == 0;
                if (tick % 5 == 0 || done) {
                    long other = byStatus.values().stream().mapToLong(Long::longValue).sum() - sent - open;
                    System.out.printf("%5d | %8d | %7d | %9d | %5d | %12.0f | %7.1f | %s%n", tick, sent,
                            byStatus.getOrDefault("sending", 0L), byStatus.getOrDefault("scheduled", 0L), other,
                            (sent - lastSent) / (tick % 5 == 0 ? 5.0 : tick % 5), monitor.lastHeapMb(),
                            monitor.lastGcCount() < 0 ? "-" : String.valueOf(monitor.lastGcCount()));
                    lastSent = sent;
                }
                if (done) {
                    break;
                }
            }
            boolean timedOut = System.nanoTime() >= deadline;
            if (timedOut) {
                // what is left would otherwise go out after the benchmark, with nobody purging GreenMail
                System.out.printf("time limit: %d BN reminders not sent yet are cancelled%n", cancelRest(db, BN));
                sleepUntil(System.nanoTime() + TimeUnit.SECONDS.toNanos(5));
            }
            purger.shutdownNow();
            purger.awaitTermination(10, TimeUnit.SECONDS);
            purge();

            // d. the figures
            System.out.println();
            if (timedOut) {
                System.out.printf("TIME LIMIT of %d s reached before every reminder was handled%n", limit);
            }
            try (PreparedStatement sql = db.prepareStatement("""
                    SELECT count(*) FILTER (WHERE status = 'sent'),
                           extract(epoch FROM min(sent_at) - ?), extract(epoch FROM max(sent_at) - ?)
                    FROM reminder WHERE region_code ~ '%s'""".formatted(BN))) {
                sql.setTimestamp(1, committed);
                sql.setTimestamp(2, committed);
                try (ResultSet row = sql.executeQuery()) {
                    row.next();
                    long sent = row.getLong(1);
                    double first = row.getDouble(2), last = row.getDouble(3);
                    double rate = last > 0 ? sent / last : 0;
                    System.out.printf("reminders: %d, sent %d%n", total, sent);
                    System.out.printf("from the seed's commit: first sent after %.1f s, last sent after %.1f s%n",
                            first, last);
                    System.out.printf("service: %.1f messages/s; plain SMTP loop: %.1f messages/s; ratio %.2f "
                            + "(target: at least 0.50) %s%n", rate, plainRate, rate / plainRate,
                            rate / plainRate >= 0.5 ? "MET" : "MISSED");
                }
            }
            Map<String, Long> failures = statusCounts(db, BN);
            failures.remove("sent");
            System.out.println("not sent, by status: " + (failures.isEmpty() ? "none" : failures));
            printReasons(db, BN);
            System.out.printf("delivery attempts: %d, reminders tried more than once: %d%n",
                    count(db, "SELECT count(*) FROM delivery_attempt a JOIN reminder r ON r.id = a.reminder_id "
                            + "WHERE r.region_code ~ '" + BN + "'"),
                    count(db, "SELECT count(*) FROM reminder WHERE region_code ~ '" + BN + "' AND attempts > 1"));
            monitor.printHeap();
            onAbort = null;
            System.out.println("benchmark rows are left for inspection; delete them with: dispatch --remove");
        }
    }

    /**
     * 1,000 regions, one open report obligation each due in 60 days, and per obligation {@code perObligation}
     * announcements due now, to one of 100 addresses (a contact of the region per address). One transaction; returns
     * the database's clock right after the commit.
     */
    static Timestamp seedDispatch(Connection db, int perObligation) throws Exception {
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            String code = "'BN' || lpad(n::text, 4, '0')";
            String obligationId = "md5('bench-reminders|' || n)::uuid";
            String due = "(now() AT TIME ZONE 'Europe/Amsterdam')::date + 60";
            sql.executeUpdate("""
                    INSERT INTO obligation (id, region_code, regulation_id, kind, name_nl, name_en, report, due_date,
                                            deadline_version, legal_reference, state, calendar_sequence)
                    SELECT %s, %s, 'BENCH-REMINDERS', 'PROGRESS_REPORT_1', 'Voortgangsrapportage', 'Progress report',
                           true, %s, 1, 'Benchmark regulation BENCH-REMINDERS', 'open', 0
                    FROM generate_series(1, 1000) n""".formatted(obligationId, code, due));
            // i numbers the reminders 0..; the address and the language follow from it (odd addresses nl, even en)
            String address = "(((n - 1) * %d + j) %% %d + 1)".formatted(perObligation, ADDRESSES);
            String language = "CASE WHEN ((n - 1) * %d + j) %% 2 = 0 THEN 'nl' ELSE 'en' END".formatted(perObligation);
            sql.executeUpdate("""
                    INSERT INTO reminder (id, idempotency_key, obligation_id, region_code, contact_id, recipient,
                                          language, step, timed, before_due, deadline_version, due_date,
                                          scheduled_for, status, attempts, next_attempt_at, created_at)
                    SELECT gen_random_uuid(),
                           %2$s || '|announcement|bench' || %5$s || '@%7$s|v1|' || j,
                           %2$s, %1$s, 'bench-' || %1$s || '-' || %5$s, 'bench' || %5$s || '@%7$s', %6$s,
                           'announcement', true, true, 1, %3$s, now(), 'scheduled', 0, now(), now()
                    FROM generate_series(1, 1000) n, generate_series(0, %4$d - 1) j"""
                    .formatted(code, obligationId, due, perObligation, address, language, BENCH_DOMAIN));
            sql.executeUpdate("""
                    INSERT INTO contact (id, region_code, name, email, role, language, removed)
                    SELECT DISTINCT ON (contact_id) contact_id, region_code,
                           'Benchmark contact ' || split_part(recipient, '@', 1), recipient, 'contact', language, false
                    FROM reminder WHERE region_code ~ '%s' ORDER BY contact_id""".formatted(BN));
            db.commit();
        } catch (Exception e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        try (Statement sql = db.createStatement(); ResultSet row = sql.executeQuery("SELECT clock_timestamp()")) {
            row.next();
            return row.getTimestamp(1);
        }
    }

    // ------------------------------------------------------------------------------------------ plain SMTP baseline

    /** One connection, EHLO once, then {@code count} messages back to back; returns messages per second. */
    static double plainSmtp(int count, int purgeEvery, int limitSeconds) throws Exception {
        if (count <= 0) {
            System.out.println("plain SMTP loop skipped (--plain 0)");
            return Double.NaN;
        }
        ScheduledExecutorService purger = startPurging(purgeEvery, null);
        int sent = 0;
        long start, end;
        int size = plainMessage(1, "bench1@" + BENCH_DOMAIN).length;
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(SMTP_HOST, SMTP_PORT), 5000);
            socket.setSoTimeout(30_000);
            socket.setTcpNoDelay(true);
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
            reply(in, 220);
            command(out, in, "EHLO bench." + BENCH_DOMAIN, 250);
            start = System.nanoTime();
            long deadline = start + TimeUnit.SECONDS.toNanos(limitSeconds);
            while (sent < count && System.nanoTime() < deadline) {
                String to = "bench" + (sent % 5 + 1) + "@" + BENCH_DOMAIN;
                command(out, in, "MAIL FROM:<" + FROM + ">", 250);
                command(out, in, "RCPT TO:<" + to + ">", 250);
                command(out, in, "DATA", 354);
                out.write(plainMessage(sent, to));
                out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                reply(in, 250);
                sent++;
            }
            end = System.nanoTime();
            command(out, in, "QUIT", 221);
        } finally {
            purger.shutdownNow();
            purger.awaitTermination(10, TimeUnit.SECONDS);
        }
        double seconds = (end - start) / 1e9;
        double rate = sent / seconds;
        System.out.printf("plain SMTP loop: %d messages of %d bytes (multipart: text, html, .ics) to 5 addresses over "
                + "one connection in %.1f s: %.1f messages/s%s%n", sent, size, seconds, rate,
                sent < count ? " (stopped by the time limit)" : "");
        return rate;
    }

    static void command(OutputStream out, InputStream in, String line, int expected) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        reply(in, expected);
    }

    /** Reads one (possibly multi-line) SMTP reply and checks its code. */
    static void reply(InputStream in, int expected) throws IOException {
        while (true) {
            String line = readLine(in);
            if (line.length() < 3) {
                throw new IOException("unexpected SMTP reply: " + line);
            }
            if (line.length() == 3 || line.charAt(3) != '-') {
                if (Integer.parseInt(line.substring(0, 3)) != expected) {
                    throw new IOException("SMTP server answered " + line + ", expected " + expected);
                }
                return;
            }
        }
    }

    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new IOException("SMTP connection closed");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    static final String PLAIN_TEXT = """
            Beste Benchmark contact,

            Regio BN0001 Benchmarkregio heeft de verplichting Voortgangsrapportage. De uiterste datum is 4 februari
            2027. U krijgt voor die datum nog een herinnering, 56, 14 en 2 dagen vooraf en op de dag zelf.

            Vastgesteld bij Benchmark regulation BENCH-REMINDERS.

            In het portaal ziet u wat de regio voor deze verplichting nog moet aanleveren, welke onderdelen al zijn
            ingevuld en wie er in de regio aan werkt. Een rapportage die te laat is, vertraagt de vaststelling van
            de subsidie; neem bij vragen over de inhoud of de termijn contact op met het ministerie.

            Open de verplichting in het portaal: http://127.0.0.1:8080/school/regions/BN0001#obligation-PROGRESS_REPORT_1

            --
            Deze herinnering is verstuurd door het STO-platform namens het ministerie van OCW aan de contactpersonen
            van regio BN0001 Benchmarkregio. U ontvangt haar omdat u contactpersoon van deze regio bent.
            """;

    /** A reminder-like message (text, HTML and an iCalendar attachment, about 4 KB), ending in CRLF. */
    static byte[] plainMessage(int n, String to) {
        String html = "<!DOCTYPE html>\r\n<html lang=\"nl\">\r\n<head>\r\n<meta charset=\"UTF-8\">\r\n"
                + "<title>Voortgangsrapportage: uiterlijk 4 februari 2027</title>\r\n</head>\r\n"
                + "<body style=\"font-family: Arial, Helvetica, sans-serif; color: #1b1b1b; line-height: 1.5;\">\r\n"
                + PLAIN_TEXT.replace("\n\n", "</p>\r\n<p>").replace("\n", "\r\n")
                + "</p>\r\n<hr>\r\n</body>\r\n</html>\r\n";
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").format(ZonedDateTime.now(ZoneId.of("UTC")));
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "PRODID:-//Sterk Techniekonderwijs//STO platform "
                + "reminders//NL", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT", "DTSTAMP:" + stamp,
                "DTSTART;VALUE=DATE:20270204", "DTEND;VALUE=DATE:20270205",
                "SUMMARY:Voortgangsrapportage – BN0001 Benchmarkregio",
                "UID:" + UUID.nameUUIDFromBytes(to.getBytes(StandardCharsets.UTF_8)) + "@sto-platform", "SEQUENCE:0",
                "ORGANIZER:mailto:" + FROM, "ATTENDEE:mailto:" + to,
                "DESCRIPTION:Regio BN0001 Benchmarkregio heeft de verplichting Voortgangsrapportage. De uiterste "
                        + "datum is 4 februari 2027.",
                "URL:http://127.0.0.1:8080/school/regions/BN0001#obligation-PROGRESS_REPORT_1", "STATUS:CONFIRMED",
                "END:VEVENT", "END:VCALENDAR", "");
        String ics64 = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(ics.getBytes(StandardCharsets.UTF_8));
        String id = UUID.randomUUID().toString();
        String message = "From: Sterk Techniekonderwijs <" + FROM + ">\r\n"
                + "To: " + to + "\r\n"
                + "Subject: Aangekondigd: Voortgangsrapportage uiterlijk 4 februari 2027\r\n"
                + "Date: " + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZONE)) + "\r\n"
                + "Message-ID: <" + id + "." + n + "@bench>\r\n"
                + "X-STO-Reminder: " + id + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"=mixed\"\r\n\r\n"
                + "--=mixed\r\nContent-Type: multipart/alternative; boundary=\"=alt\"\r\n\r\n"
                + "--=alt\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + PLAIN_TEXT.replace("\n", "\r\n") + "\r\n"
                + "--=alt\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
                + html + "\r\n--=alt--\r\n\r\n"
                + "--=mixed\r\nContent-Type: text/calendar; method=REQUEST; charset=UTF-8\r\n"
                + "Content-Disposition: attachment; filename=\"invite.ics\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n" + ics64 + "\r\n--=mixed--\r\n";
        // no line starts with a dot, so no dot-stuffing is needed
        return message.getBytes(StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------------------ replan

    static void replan(Options options) throws Exception {
        int obligations = Math.max(4, options.get("--obligations") / 4 * 4), contacts = options.get("--contacts");
        int regions = obligations / 4;
        int purgeEvery = Math.max(1, options.get("--purge-every")), limit = options.get("--time-limit");
        try (Connection db = DriverManager.getConnection(PG, "postgres", "postgres");
                Admin admin = Admin.create(Map.of("bootstrap.servers", KAFKA))) {
            Monitor monitor = new Monitor(db, BR, admin);
            if (!options.remove) {
                System.out.printf("load average: %s; notification-service ready: %s%n", loadAverage(), ready());
                // earlier events (of an interrupted run, too) are consumed first, then their rows removed
                awaitBacklog(monitor, limit);
            }
            System.out.printf("removed earlier benchmark rows of BR regions: %s%n", remove(db, BR));
            if (options.remove) {
                return;
            }
            purge();
            ScheduledExecutorService purger = startPurging(purgeEvery, null);
            onAbort = () -> safeguard("BR", 5, regions, BR);
            try (KafkaProducer<String, String> producer = producer()) {
                // a. what regions-service and reports-service would publish
                LocalDate today = LocalDate.now(ZONE);
                List<Object[]> created = new ArrayList<>();
                long dlqBefore = deadLetters(admin);
                long start = System.nanoTime();
                Sender sender = new Sender(producer);
                for (int r = 1; r <= regions; r++) {
                    String region = "BR" + String.format("%05d", r);
                    for (int c = 1; c <= contacts; c++) {
                        int address = ((r - 1) * contacts + c - 1) % ADDRESSES + 1;
                        ObjectNode contact = JSON.createObjectNode().put("contactId", "bench-" + region + "-" + c)
                                .put("regionCode", region).put("name", "Benchmark contact " + c)
                                .put("email", "bench" + address + "@" + BENCH_DOMAIN).put("role", "contact")
                                .put("language", address % 2 == 1 ? "nl" : "en").put("removed", false);
                        sender.send(REGIONS_TOPIC, "nl.sto.contact.changed.v1", region, contact);
                    }
                }
                for (int r = 1; r <= regions; r++) {
                    String region = "BR" + String.format("%05d", r);
                    for (int q = 1; q <= 4; q++) {
                        String id = UUID.randomUUID().toString();
                        LocalDate due = today.plusDays(60L * q);
                        ObjectNode obligation = JSON.createObjectNode().put("obligationId", id)
                                .put("regionCode", region).put("regulationId", "BENCH-REPLAN")
                                .put("kind", "BENCH_REPLAN_" + q).put("report", true).put("dueDate", due.toString())
                                .put("version", 1).put("legalReference", "Benchmark regulation BENCH-REPLAN");
                        obligation.putObject("kindName").put("nl", "Benchmarkrapportage " + q)
                                .put("en", "Benchmark report " + q);
                        sender.send(REGULATION_TOPIC, "nl.sto.obligation.created.v1", region, obligation);
                        created.add(new Object[] {id, region, q, due});
                    }
                }
                producer.flush();
                sender.check();
                double sentAfter = (System.nanoTime() - start) / 1e9;
                long events = (long) regions * contacts + obligations;
                System.out.printf("sent %d contact.changed and %d obligation.created events (regions BR00001..BR%05d) "
                        + "in %.1f s%n", regions * contacts, obligations, regions, sentAfter);
                long expectedAnnouncements = (long) obligations * contacts;
                // cheap counts (indexed) every second; the announcements (a scan of reminder) only once those match
                String cheap = "SELECT (SELECT count(*) FROM obligation WHERE " + inRegions(BR) + "), "
                        + "(SELECT count(*) FROM contact WHERE " + inRegions(BR) + ")";
                String confirm = "SELECT count(*) FROM reminder WHERE " + inRegions(BR) + " AND step = 'announcement'";
                double[] planning = awaitPlanned(db, monitor, start, limit, 1000, "obligations | contacts", cheap,
                        row -> row[0] == obligations && row[1] == (long) regions * contacts, confirm,
                        row -> row[0] == expectedAnnouncements);
                long reminders = count(db, "SELECT count(*) FROM reminder WHERE region_code ~ '" + BR + "'");
                System.out.printf("planning: %d events in the database after %.1f s (%.0f events/s); consumer lag 0 "
                        + "after %.1f s; %d reminders planned (%.1f per obligation and contact)%n", events,
                        planning[0], events / planning[0], planning[1], reminders,
                        reminders / (double) expectedAnnouncements);

                // the announcements go out first, so that the amendment is measured on its own
                drain(db, monitor, "announcements", limit);

                // b. the amendment: one deadline.changed per obligation, all at once
                boolean hold = options.get("--hold-sending") == 1;
                if (hold) {
                    System.out.printf("--hold-sending 1: the BR regions are paused during the amendment, so that the "
                            + "date-moved messages are not sent while re-planning is measured (%d regions)%n",
                            pause(db, "BR", 5, regions));
                }
                awaitEveryConsumer(admin, limit);
                System.out.printf("load average before the amendment: %s%n", loadAverage());
                long amendStart = System.nanoTime();
                Sender amendment = new Sender(producer);
                for (Object[] o : created) {
                    LocalDate from = (LocalDate) o[3];
                    ObjectNode changed = JSON.createObjectNode().put("obligationId", (String) o[0])
                            .put("regionCode", (String) o[1]).put("regulationId", "BENCH-REPLAN")
                            .put("kind", "BENCH_REPLAN_" + o[2]).put("from", from.toString())
                            .put("to", from.plusDays(14).toString()).put("version", 2)
                            .put("reason", "Stcrt. 2099, nr. 1");
                    amendment.send(REGULATION_TOPIC, "nl.sto.deadline.changed.v1", (String) o[1], changed);
                }
                producer.flush();
                amendment.check();
                long lastSent = System.nanoTime();
                System.out.printf("sent %d deadline.changed events in %.1f s%n", obligations,
                        (lastSent - amendStart) / 1e9);
                String moved = "SELECT count(*) FROM obligation WHERE " + inRegions(BR) + " AND deadline_version = 2";
                double[] replanned = awaitPlanned(db, monitor, lastSent, limit, 250, "at version 2", moved,
                        row -> row[0] == obligations, null, null);
                // the date-moved messages are written by the dispatcher's round, from the obligations that moved
                String toTell = "SELECT count(*) FROM obligation WHERE " + inRegions(BR)
                        + " AND moved_from IS NOT NULL";
                double[] told = awaitPlanned(db, monitor, lastSent, limit, 500, "moves still to be written", toTell,
                        row -> row[0] == 0, null, null);
                long dateMoved = count(db, "SELECT count(*) FROM reminder WHERE region_code ~ '" + BR
                        + "' AND step = 'date-moved' AND deadline_version = 2");
                long withSteps = count(db, "SELECT count(*) FROM obligation WHERE region_code ~ '" + BR
                        + "' AND deadline_version = 2 AND next_step_at IS NOT NULL");
                long cancelled = count(db, "SELECT count(*) FROM reminder WHERE region_code ~ '" + BR
                        + "' AND deadline_version = 1 AND status = 'cancelled'");
                System.out.printf("re-planned: %d obligations at version 2; %d date-moved messages (expected %d); "
                        + "%d obligations with the next step of their new schedule; %d version-1 reminders cancelled%n",
                        count(db, "SELECT count(*) FROM obligation WHERE region_code ~ '" + BR
                                + "' AND deadline_version = 2"), dateMoved, expectedAnnouncements, withSteps,
                        cancelled);
                double done = Math.max(replanned[0], told[0]);
                System.out.printf("re-plan: every obligation moved %.1f s after the last event was sent (%.1f s after "
                        + "the first), %.0f obligations/s; consumer lag 0 after %.1f s; every date-moved message "
                        + "written %.1f s after the last event (target: all within 10 s) %s%n",
                        replanned[0], replanned[0] + (lastSent - amendStart) / 1e9, obligations / replanned[0],
                        replanned[1], told[0], done <= 10 ? "MET" : "MISSED");
                System.out.printf("dead-lettered during the run: %d events%n", deadLetters(admin) - dlqBefore);
                if (hold) {
                    try (Statement sql = db.createStatement()) {
                        sql.executeUpdate("DELETE FROM region_pause WHERE region_code ~ '" + BR + "'");
                    }
                }

                drain(db, monitor, "date-moved messages", limit);
                monitor.printHeap();
                // the later steps (56, 14, 2 days before ...) would go out in the coming days and weeks
                System.out.printf("cancelled the %d BR reminders still planned, so that none goes out after the "
                        + "benchmark%n", cancelRest(db, BR));
                onAbort = null;
            } finally {
                purger.shutdownNow();
                purger.awaitTermination(10, TimeUnit.SECONDS);
                purge();
            }
            System.out.println("benchmark rows are left for inspection; delete them with: replan --remove");
        }
    }

    /** Waits (within the limit) until both consumer groups have caught up with events sent before this run. */
    static void awaitBacklog(Monitor monitor, int limitSeconds) throws Exception {
        long start = System.nanoTime(), deadline = start + TimeUnit.SECONDS.toNanos(limitSeconds);
        for (int tick = 0; ; tick++) {
            long regulation = monitor.lag(REGULATION_GROUP, REGULATION_TOPIC);
            long contacts = monitor.lag(CONTACT_GROUP, REGIONS_TOPIC);
            if (regulation + contacts == 0) {
                if (tick > 0) {
                    System.out.printf("caught up after %.0f s%n", (System.nanoTime() - start) / 1e9);
                }
                return;
            }
            if (tick == 0) {
                System.out.printf("notification-service has not consumed %d earlier events yet (%d on %s, %d on %s): "
                        + "waiting until it has, so that they are not measured%n", regulation + contacts,
                        regulation, REGULATION_TOPIC, contacts, REGIONS_TOPIC);
            } else if (tick % 30 == 0) {
                System.out.printf("  %4.0f s: %d + %d events still to consume%n",
                        (System.nanoTime() - start) / 1e9, regulation, contacts);
            }
            if (System.nanoTime() >= deadline) {
                System.out.printf("TIME LIMIT of %d s reached: going on with %d earlier events still to consume; "
                        + "the figures below include them%n", limitSeconds, regulation + contacts);
                return;
            }
            Thread.sleep(1000);
        }
    }

    /**
     * Waits (within the limit) until every consumer group of the platform has consumed what is on its topics: the
     * announcements' {@code reminder.sent} events keep monitor-service busy for a while after the last one is sent,
     * and an amendment measured on top of that shares the cores with it.
     */
    static void awaitEveryConsumer(Admin admin, int limitSeconds) throws Exception {
        long start = System.nanoTime(), deadline = start + TimeUnit.SECONDS.toNanos(limitSeconds);
        long behind;
        while ((behind = platformLag(admin)) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        System.out.printf("every consumer group of the platform %s after %.0f s%n",
                behind == 0 ? "had caught up" : "was still " + behind + " events behind (TIME LIMIT)",
                (System.nanoTime() - start) / 1e9);
    }

    /** Events on the platform's topics (not the dead-letter topics) that their consumer groups have not committed. */
    static long platformLag(Admin admin) throws Exception {
        long lag = 0;
        for (var group : admin.listConsumerGroups().all().get()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                    .partitionsToOffsetAndMetadata().get();
            lag += behind(admin, committed, committed.keySet().stream()
                    .filter(p -> p.topic().startsWith("sto.") && !p.topic().contains(".dlq.")).toList());
        }
        return lag;
    }

    /** How many events of these partitions lie beyond the committed offsets. */
    static long behind(Admin admin, Map<TopicPartition, OffsetAndMetadata> committed,
            List<TopicPartition> partitions) throws Exception {
        if (partitions.isEmpty()) {
            return 0;
        }
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
        var ends = admin.listOffsets(latest).all().get();
        long lag = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata done = committed.get(partition);
            lag += ends.get(partition).offset() - (done == null ? 0 : done.offset());
        }
        return lag;
    }

    interface RowCheck {
        boolean done(long[] row);
    }

    /** The region codes of a benchmark: an index range (for speed) and the exact expression. */
    static String inRegions(String regions) {
        String range = regions.equals(BR) ? "region_code BETWEEN 'BR00000' AND 'BR99999'"
                : "region_code BETWEEN 'BN0000' AND 'BN9999'";
        return range + " AND region_code ~ '" + regions + "'";
    }

    static long[] counts(Connection db, String query) throws Exception {
        try (Statement sql = db.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            long[] row = new long[rs.getMetaData().getColumnCount()];
            for (int i = 0; i < row.length; i++) {
                row[i] = rs.getLong(i + 1);
            }
            return row;
        }
    }

    /**
     * Polls both consumer groups' lag every {@code pollMillis}; once it is 0 (and for the line printed every 5 s) the
     * cheap query, until its check holds, then (at most every 2 s) the confirming query, if any, until its check holds
     * too.
     * Returns seconds since {@code from} until the database showed it all, and until the lag was 0 (NaN if never).
     */
    static double[] awaitPlanned(Connection db, Monitor monitor, long from, int limitSeconds, long pollMillis,
            String header, String cheap, RowCheck cheapDone, String confirm, RowCheck confirmDone) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(limitSeconds);
        double dbDone = Double.NaN, lagDone = Double.NaN;
        long nextPrint = 0, nextConfirm = 0;
        System.out.printf("    s | %s | lag regulation/contact | heap MB%n", header);
        long[] row = counts(db, cheap);
        while (System.nanoTime() < deadline) {
            double now = (System.nanoTime() - from) / 1e9;
            // the consumer lag first (Kafka's, no load on the database): counting rows every poll would take a
            // good part of the database's time away from the service being measured
            long lagRegulation = monitor.lag(REGULATION_GROUP, REGULATION_TOPIC);
            long lagContacts = monitor.lag(CONTACT_GROUP, REGIONS_TOPIC);
            boolean consumed = lagRegulation == 0 && lagContacts == 0;
            if (consumed || System.nanoTime() >= nextPrint) {
                row = counts(db, cheap);
            }
            if (Double.isNaN(dbDone) && consumed && cheapDone.done(row)) {
                if (confirm == null) {
                    dbDone = now;
                } else if (System.nanoTime() >= nextConfirm) {
                    nextConfirm = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
                    if (confirmDone.done(counts(db, confirm))) {
                        dbDone = now;
                    }
                }
            }
            if (Double.isNaN(lagDone) && consumed && !Double.isNaN(dbDone)) {
                lagDone = (System.nanoTime() - from) / 1e9;
            }
            boolean finished = !Double.isNaN(dbDone) && !Double.isNaN(lagDone);
            if (System.nanoTime() >= nextPrint || finished) {
                nextPrint = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
                Heap heap = Heap.sample();
                monitor.record(heap);
                StringBuilder values = new StringBuilder();
                for (long value : row) {
                    values.append(values.length() == 0 ? "" : " | ").append(value);
                }
                System.out.printf("%5.0f | %s | %d / %d | %.1f%n", now, values, lagRegulation, lagContacts,
                        heap.usedMb);
            }
            if (finished) {
                return new double[] {dbDone, lagDone};
            }
            Thread.sleep(pollMillis);
        }
        System.out.printf("TIME LIMIT of %d s reached%n", limitSeconds);
        return new double[] {Double.isNaN(dbDone) ? limitSeconds : dbDone, lagDone};
    }

    /** Waits (within the limit) until no BR reminder is due or being sent; prints how fast they went. */
    static void drain(Connection db, Monitor monitor, String what, int limitSeconds) throws Exception {
        // through the partial indexes reminder_due and reminder_in_flight, not a scan of every reminder
        String due = "SELECT (SELECT count(*) FROM reminder WHERE status IN ('scheduled', 'temporary-failure') AND "
                + "next_attempt_at <= now() AND region_code ~ '" + BR + "') + (SELECT count(*) FROM reminder "
                + "WHERE status = 'sending' AND region_code ~ '" + BR + "')";
        long first = count(db, due);
        long start = System.nanoTime(), deadline = start + TimeUnit.SECONDS.toNanos(limitSeconds);
        System.out.printf("waiting until the %s are sent (%d due)%n", what, first);
        for (int tick = 1; System.nanoTime() < deadline; tick++) {
            sleepUntil(start + TimeUnit.SECONDS.toNanos(tick));
            long left = count(db, due);
            monitor.record(Heap.sample());
            if (tick % 10 == 0 || left == 0) {
                System.out.printf("  %4d s: %d due (%.0f messages/s), heap %.1f MB%n", tick, left,
                        (first - left) / (double) tick, monitor.lastHeapMb());
            }
            if (left == 0) {
                System.out.println("  BR reminders by status: " + statusCounts(db, BR));
                return;
            }
        }
        System.out.printf("TIME LIMIT of %d s reached while the %s were being sent; going on%n", limitSeconds, what);
    }

    /** Sends binary-mode CloudEvents (as the outbox relay does), keyed by region; remembers the first failure. */
    /** The benchmark's events are known by their ids, so that their inbox rows go with the benchmark's other rows. */
    static final String EVENT_ID_PREFIX = "bench-";

    static final class Sender {
        final KafkaProducer<String, String> producer;
        final AtomicReference<Exception> failure = new AtomicReference<>();

        Sender(KafkaProducer<String, String> producer) {
            this.producer = producer;
        }

        void send(String topic, String type, String region, ObjectNode payload) throws Exception {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, region, JSON.writeValueAsString(payload));
            record.headers().add("ce_specversion", bytes("1.0"))
                    .add("ce_id", bytes(EVENT_ID_PREFIX + UUID.randomUUID())).add("ce_type", bytes(type))
                    .add("ce_source", bytes("/sto/bench")).add("ce_subject", bytes(region))
                    .add("content-type", bytes("application/json"));
            producer.send(record, (metadata, e) -> {
                if (e != null) {
                    failure.compareAndSet(null, e);
                }
            });
        }

        void check() throws Exception {
            if (failure.get() != null) {
                throw new IllegalStateException("sending events failed", failure.get());
            }
        }
    }

    static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    static KafkaProducer<String, String> producer() {
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", KAFKA);
        config.put("acks", "all");
        config.put("linger.ms", 10);
        config.put("batch.size", 256 * 1024);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** How many records the notification-service dead-letter topics hold in all (0 for a topic not made yet). */
    static long deadLetters(Admin admin) throws Exception {
        Set<String> existing = admin.listTopics().names().get();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (String topic : List.of(REGULATION_TOPIC + ".dlq." + REGULATION_GROUP,
                REGIONS_TOPIC + ".dlq." + CONTACT_GROUP)) {
            if (existing.contains(topic)) {
                admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions()
                        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            }
        }
        if (latest.isEmpty()) {
            return 0;
        }
        return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
    }

    // ------------------------------------------------------------------------------------------------- monitoring

    /** Samples the mode's reminders by status and the service's heap; keeps the heap figures of the run. */
    static final class Monitor {
        final Connection db;
        final String regions;
        final Admin admin;
        final List<Heap> heap = new ArrayList<>();
        Map<String, Long> last = Map.of();
        final Map<String, List<TopicPartition>> partitions = new HashMap<>();

        Monitor(Connection db, String regions, Admin admin) {
            this.db = db;
            this.regions = regions;
            this.admin = admin;
        }

        Map<String, Long> sample() throws Exception {
            last = statusCounts(db, regions);
            record(Heap.sample());
            return last;
        }

        void record(Heap sample) {
            if (sample.usedMb >= 0) {
                heap.add(sample);
            }
        }

        double lastHeapMb() {
            return heap.isEmpty() ? -1 : heap.get(heap.size() - 1).usedMb;
        }

        long lastGcCount() {
            return heap.isEmpty() ? -1 : heap.get(heap.size() - 1).gcCount;
        }

        /** Committed offsets of the group behind the topic's end, over all partitions. */
        long lag(String group, String topic) throws Exception {
            List<TopicPartition> ofTopic = partitions.get(topic);
            if (ofTopic == null) {
                ofTopic = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                partitions.put(topic, ofTopic);
            }
            return behind(admin, admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(),
                    ofTopic);
        }

        void printHeap() {
            if (heap.isEmpty()) {
                System.out.println("heap: no samples (is /q/metrics of notification-service reachable?)");
                return;
            }
            double min = heap.stream().mapToDouble(h -> h.usedMb).min().orElse(0);
            double max = heap.stream().mapToDouble(h -> h.usedMb).max().orElse(0);
            double avg = heap.stream().mapToDouble(h -> h.usedMb).average().orElse(0);
            int third = Math.max(1, heap.size() / 3);
            double early = heap.subList(0, third).stream().mapToDouble(h -> h.usedMb).average().orElse(0);
            double late = heap.subList(heap.size() - third, heap.size()).stream().mapToDouble(h -> h.usedMb)
                    .average().orElse(0);
            System.out.printf("notification-service heap used during the run (%d samples): min %.1f / avg %.1f / "
                    + "max %.1f MB; first third avg %.1f MB, last third avg %.1f MB%n", heap.size(), min, avg, max,
                    early, late);
            List<Heap> live = heap.stream().filter(h -> h.liveMb >= 0).toList();
            if (!live.isEmpty()) {
                System.out.printf("live data after GC (jvm_gc_live_data_size_bytes): first %.1f MB, min %.1f, max "
                        + "%.1f, last %.1f MB%n", live.get(0).liveMb,
                        live.stream().mapToDouble(h -> h.liveMb).min().orElse(0),
                        live.stream().mapToDouble(h -> h.liveMb).max().orElse(0), live.get(live.size() - 1).liveMb);
            }
            Heap first = heap.get(0), lastSample = heap.get(heap.size() - 1);
            if (first.gcCount >= 0) {
                System.out.printf("GC pauses during the run (jvm_gc_pause_seconds_count): %d, %.2f s in all%n",
                        lastSample.gcCount - first.gcCount, lastSample.gcSeconds - first.gcSeconds);
            }
        }
    }

    /** One sample of notification-service's /q/metrics: heap used, live data after GC, GC pauses (-1: absent). */
    record Heap(double usedMb, double liveMb, long gcCount, double gcSeconds) {

        static Heap sample() {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(SERVICE + "/q/metrics"))
                        .header("Accept", "text/plain").timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                double used = 0, live = -1, gcSeconds = 0;
                long gcCount = -1;
                boolean any = false;
                for (String line : response.body().split("\n")) {
                    if (line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\"")) {
                        used += value(line);
                        any = true;
                    } else if (line.startsWith("jvm_gc_live_data_size_bytes")) {
                        live = value(line) / 1048576.0;
                    } else if (line.startsWith("jvm_gc_pause_seconds_count")) {
                        gcCount = Math.max(gcCount, 0) + (long) value(line);
                    } else if (line.startsWith("jvm_gc_pause_seconds_sum")) {
                        gcSeconds += value(line);
                    }
                }
                return new Heap(any ? used / 1048576.0 : -1, live, gcCount, gcSeconds);
            } catch (Exception e) {
                return new Heap(-1, -1, -1, 0);
            }
        }

        static double value(String line) {
            String[] parts = line.trim().split(" ");
            return Double.parseDouble(parts[parts.length - 1]);
        }
    }

    // ------------------------------------------------------------------------------------------------------ helpers

    /** Purges GreenMail every {@code seconds}; {@code beforeFirst} runs once before the first purge. */
    static ScheduledExecutorService startPurging(int seconds, Runnable beforeFirst) {
        ScheduledExecutorService purger = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "greenmail-purge");
            t.setDaemon(true);
            return t;
        });
        AtomicLong runs = new AtomicLong();
        purger.scheduleWithFixedDelay(() -> {
            if (runs.getAndIncrement() == 0 && beforeFirst != null) {
                beforeFirst.run();
            }
            purge();
        }, seconds, seconds, TimeUnit.SECONDS);
        return purger;
    }

    static final AtomicLong PURGE_FAILURES = new AtomicLong();

    static final AtomicBoolean SHARED_NOTED = new AtomicBoolean();

    /**
     * Empties GreenMail: {@code POST /api/mail/purge} while it only holds the benchmark's mailboxes; when it holds
     * someone else's too (a test run, a person in the web view), only the benchmark's users are deleted (with their
     * mail), and that is said once.
     */
    static void purge() {
        try {
            HttpResponse<String> users = HTTP.send(HttpRequest.newBuilder(URI.create(GREENMAIL + "/api/user"))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            List<String> bench = new ArrayList<>();
            boolean others = false;
            for (JsonNode user : JSON.readTree(users.body())) {
                String email = user.path("email").asText();
                if (email.endsWith("@" + BENCH_DOMAIN)) {
                    bench.add(email);
                } else {
                    others = true;
                }
            }
            if (!others) {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(GREENMAIL
                        + "/api/mail/purge")).timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() >= 300 && PURGE_FAILURES.getAndIncrement() == 0) {
                    System.out.println("GreenMail purge answered " + response.statusCode() + ": " + response.body());
                }
                return;
            }
            if (!SHARED_NOTED.getAndSet(true)) {
                System.out.println("(GreenMail holds mail of others as well: from now on only the " + BENCH_DOMAIN
                        + " mailboxes are deleted instead of a purge)");
            }
            for (String email : bench) {
                HTTP.send(HttpRequest.newBuilder(URI.create(GREENMAIL + "/api/user/" + email))
                        .timeout(Duration.ofSeconds(30)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (PURGE_FAILURES.getAndIncrement() == 0) {
                System.out.println("GreenMail purge failed: " + e);
            }
        }
    }

    /**
     * What a run that stops early (an error, Ctrl-C, the platform going down) leaves: the benchmark regions are
     * paused and what they still had to send is cancelled, so that nothing goes out with nobody emptying GreenMail.
     */
    static volatile Runnable onAbort;

    static void safeguard(String prefix, int digits, int regions, String expression) {
        try (Connection db = DriverManager.getConnection(PG, "postgres", "postgres")) {
            int paused = pause(db, prefix, digits, regions);
            int cancelled = cancelRest(db, expression);
            System.out.printf("stopped early: %d benchmark regions %s* paused and %d of their reminders cancelled, so "
                    + "that nothing more goes out; --remove deletes them%n", paused, prefix, cancelled);
        } catch (Exception e) {
            System.out.println("stopped early, and could not pause the benchmark regions: " + e
                    + "; run the mode with --remove");
        }
    }

    /** Pauses the benchmark regions prefix00001.. (their reminders are held, not sent); how many. */
    static int pause(Connection db, String prefix, int digits, int regions) throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.setQueryTimeout(60);
            return sql.executeUpdate("""
                    INSERT INTO region_pause (region_code, reason, paused_by, paused_at)
                    SELECT '%s' || lpad(n::text, %d, '0'), 'benchmark region, held by bench/RemindersBench.java',
                           'bench/RemindersBench.java', now()
                    FROM generate_series(1, %d) n ON CONFLICT DO NOTHING""".formatted(prefix, digits, regions));
        }
    }

    /** Prints the size of one message the service sent (read from GreenMail before its first purge), once. */
    static void sampleServiceMessage(String address) {
        try {
            for (int attempt = 0; attempt < 10; attempt++) {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(GREENMAIL + "/api/user/"
                        + address + "/messages/")).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    JsonNode messages = JSON.readTree(response.body());
                    if (messages.isArray() && messages.size() > 0) {
                        JsonNode mime = messages.get(0).path("mimeMessage");
                        System.out.printf("(a message the service sent, as GreenMail stored it: %d bytes)%n",
                                mime.asText().getBytes(StandardCharsets.UTF_8).length);
                        return;
                    }
                }
                Thread.sleep(500);
            }
        } catch (Exception e) {
            System.out.println("(could not read a sent message from GreenMail: " + e + ")");
        }
    }

    static Map<String, Long> statusCounts(Connection db, String regions) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(
                "SELECT status, count(*) FROM reminder WHERE region_code ~ '" + regions + "' GROUP BY status")) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }

    static void printReasons(Connection db, String regions) throws Exception {
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery("SELECT status, "
                + "left(status_reason, 160), count(*) FROM reminder WHERE region_code ~ '" + regions
                + "' AND status <> 'sent' GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 5")) {
            while (rows.next()) {
                System.out.printf("  %s x%d: %s%n", rows.getString(1), rows.getLong(3), rows.getString(2));
            }
        }
    }

    /** Deletes the benchmark rows of the regions matching the expression; returns what it deleted per table. */
    static Map<String, Integer> remove(Connection db, String regions) throws Exception {
        Map<String, Integer> removed = new LinkedHashMap<>();
        db.setAutoCommit(false);
        try (Statement sql = db.createStatement()) {
            // locked first: the dispatcher skips them, and an attempt it records meanwhile waits for this commit
            sql.execute("SELECT id FROM reminder WHERE region_code ~ '" + regions + "' FOR UPDATE");
            removed.put("delivery_attempt", sql.executeUpdate("DELETE FROM delivery_attempt WHERE reminder_id IN "
                    + "(SELECT id FROM reminder WHERE region_code ~ '" + regions + "')"));
            removed.put("reminder", sql.executeUpdate("DELETE FROM reminder WHERE region_code ~ '" + regions + "'"));
            removed.put("obligation", sql.executeUpdate("DELETE FROM obligation WHERE region_code ~ '" + regions
                    + "'"));
            removed.put("contact", sql.executeUpdate("DELETE FROM contact WHERE region_code ~ '" + regions + "'"));
            removed.put("region_pause", sql.executeUpdate("DELETE FROM region_pause WHERE region_code ~ '"
                    + regions + "'"));
            removed.put("outbox_event", sql.executeUpdate("DELETE FROM outbox_event WHERE subject ~ '" + regions
                    + "'"));
            // a run's 90,000 event ids would otherwise stay, and every later run would insert into a larger inbox
            removed.put("inbox_processed_event", sql.executeUpdate("DELETE FROM inbox_processed_event WHERE "
                    + "event_id LIKE '" + EVENT_ID_PREFIX + "%'"));
            db.commit();
        } catch (Exception e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
        return removed;
    }

    /** Stops the schedules of these regions and cancels their reminders still to be sent; how many reminders. */
    static int cancelRest(Connection db, String regions) throws Exception {
        try (Statement sql = db.createStatement()) {
            sql.executeUpdate("UPDATE obligation SET next_step_at = NULL WHERE region_code ~ '" + regions + "'");
            return sql.executeUpdate("UPDATE reminder SET status = 'cancelled', status_reason = 'the benchmark ended "
                    + "(bench/RemindersBench.java)' WHERE region_code ~ '" + regions + "' AND status IN ('scheduled', "
                    + "'temporary-failure')");
        }
    }

    static long count(Connection db, String query) throws Exception {
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static String ready() {
        try {
            return String.valueOf(HTTP.send(HttpRequest.newBuilder(URI.create(SERVICE + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        } catch (Exception e) {
            return "not answering (" + e.getClass().getSimpleName() + ")";
        }
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return String.join(" ", parts[0], parts[1], parts[2]) + " (1, 5, 15 min)";
        } catch (IOException e) {
            return "unknown";
        }
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
