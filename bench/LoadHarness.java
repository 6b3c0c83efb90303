import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop HTTP GET load generator for the STO platform's local benchmarks (JDK only, no dependencies).
 *
 * <p>Request i is due at {@code start + i / rate}, whether or not earlier requests have answered, and its latency
 * is measured from that due time to the end of the response. A slow answer therefore cannot hold back the next
 * requests and hide its own cost (no coordinated omission): if the harness itself falls behind, the lag counts
 * against the latency and is reported as "sched lag".
 *
 * <pre>
 * java bench/LoadHarness.java --url http://127.0.0.1:8081/api/me/regions --token "$TOKEN" \
 *     --rate 200 --duration 30 --warmup 10 [--label me-regions]
 * java bench/LoadHarness.java --template 'http://127.0.0.1:8081/api/regions/{code}' --codes codes.txt \
 *     --order random --token-file token.txt
 * </pre>
 *
 * Options: --url U (repeatable; round-robin), --template T with {code} filled from --codes (a file, one code a
 * line, or a comma-separated list) in --order roundrobin|random (--seed N), --token T or --token-file F (a bearer
 * token; without one no Authorization header is sent), --rate R req/s (1..5000), --duration S (1..600),
 * --warmup S (0..300; same rate, not counted), --timeout-ms M per request (default 5000), --max-in-flight N
 * (default 2000; a request that would exceed it is not sent and counts as an error "skipped"), --slow-ms M
 * (default 20: requests slower than this are counted per second, to tell a pause from steady queueing),
 * --timeline (print the slowest latency and the slow count of every second), --label L.
 * Only loopback addresses are accepted. Output: a human-readable block and one machine-readable line starting
 * with {@code RESULT}. Exit code 0 even when there are errors (they are reported), 2 on bad arguments.
 */
public class LoadHarness {

    static final int MAX_RATE = 5000;
    static final int MAX_DURATION_S = 600;
    static final int MAX_WARMUP_S = 300;

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("LoadHarness: " + e.getMessage());
            System.err.println("usage: java bench/LoadHarness.java (--url U ... | --template T --codes FILE|a,b)"
                    + " [--token T | --token-file F] [--rate 200] [--duration 30] [--warmup 10]"
                    + " [--order roundrobin|random] [--seed 1] [--timeout-ms 5000] [--max-in-flight 2000]"
                    + " [--slow-ms 20] [--timeline] [--label L]");
            System.exit(2);
            return;
        }
        new LoadHarness(o).run();
    }

    private final Options o;
    private final HttpClient client;
    private final ExecutorService executor;

    LoadHarness(Options o) {
        this.o = o;
        // A few threads for the client's I/O and completions; HTTP/1.1 keep-alive connections are pooled.
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "harness-http");
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
    }

    /** One phase (warm-up or measurement): its samples and counters. */
    static final class Phase {
        final String name;
        final long[] latencyNanos;   // per request, by index; -1 = not (successfully) completed
        final AtomicInteger completed = new AtomicInteger();
        final AtomicInteger errors = new AtomicInteger();
        final Map<String, AtomicInteger> errorKinds = new ConcurrentHashMap<>();
        final AtomicLong maxSchedLagNanos = new AtomicLong();
        final AtomicLong responseBytes = new AtomicLong();
        volatile long firstSendNanos;
        volatile long lastSendNanos;
        int sent;

        Phase(String name, int requests) {
            this.name = name;
            this.latencyNanos = new long[requests];
            Arrays.fill(latencyNanos, -1);
        }

        void error(String kind) {
            errors.incrementAndGet();
            errorKinds.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    void run() throws Exception {
        List<URI> targets = o.targets();
        System.out.printf(Locale.ROOT, "== %s: %d req/s for %d s after %d s warm-up, %d target URL(s), %s%n",
                o.label, o.rate, o.durationS, o.warmupS, targets.size(),
                o.template != null ? o.template + " (" + o.order + ")" : targets.get(0) + (targets.size() > 1 ? " ..." : ""));
        Random random = new Random(o.seed);
        if (o.warmupS > 0) {
            Phase warm = runPhase("warm-up", o.warmupS, targets, random);
            System.out.printf(Locale.ROOT, "   warm-up: %d sent, %d errors%s%n", warm.sent, warm.errors.get(),
                    describeErrors(warm));
        }
        Phase measured = runPhase("measure", o.durationS, targets, random);
        report(measured);
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            int requests = o.rate * (o.warmupS + o.durationS);
            System.out.printf(Locale.ROOT, "   harness CPU %.2f ms per request (JVM total incl. start-up and compilation)%n",
                    os.getProcessCpuTime() / 1e6 / requests);
        }
        executor.shutdownNow();
    }

    Phase runPhase(String name, int seconds, List<URI> targets, Random random) throws InterruptedException {
        int requests = Math.multiplyExact(o.rate, seconds);
        Phase phase = new Phase(name, requests);
        Semaphore inFlight = new Semaphore(o.maxInFlight);
        AtomicInteger outstanding = new AtomicInteger();
        double periodNanos = 1e9 / o.rate;
        long start = System.nanoTime() + 20_000_000L; // 20 ms to get going
        int rr = 0;
        for (int i = 0; i < requests; i++) {
            long due = start + (long) (i * periodNanos);
            long now;
            while ((now = System.nanoTime()) < due) {
                long wait = due - now;
                if (wait > 200_000) {
                    LockSupport.parkNanos(wait - 100_000);
                } else {
                    Thread.onSpinWait();
                }
            }
            long lag = now - due;
            if (lag > phase.maxSchedLagNanos.get()) {
                phase.maxSchedLagNanos.set(lag);
            }
            if (i == 0) {
                phase.firstSendNanos = now;
            }
            phase.lastSendNanos = now;
            phase.sent++;
            URI uri;
            if (o.template != null && "random".equals(o.order)) {
                uri = targets.get(random.nextInt(targets.size()));
            } else {
                uri = targets.get(rr);
                rr = (rr + 1) % targets.size();
            }
            if (!inFlight.tryAcquire()) {
                phase.error("skipped (max in flight " + o.maxInFlight + ")");
                continue;
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofMillis(o.timeoutMs))
                    .header("Accept", "application/json");
            if (o.token != null) {
                request.header("Authorization", "Bearer " + o.token);
            }
            final int index = i;
            outstanding.incrementAndGet();
            client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
                long end = System.nanoTime();
                try {
                    if (failure != null) {
                        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                        phase.error(cause.getClass().getSimpleName());
                    } else if (response.statusCode() / 100 != 2) {
                        phase.error("HTTP " + response.statusCode());
                    } else {
                        phase.latencyNanos[index] = end - due;
                        phase.responseBytes.addAndGet(response.body().length);
                        phase.completed.incrementAndGet();
                    }
                } finally {
                    inFlight.release();
                    outstanding.decrementAndGet();
                }
            });
        }
        // Let the last requests finish (each is bounded by its own timeout).
        long drainUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(o.timeoutMs + 1000L);
        while (outstanding.get() > 0 && System.nanoTime() < drainUntil) {
            Thread.sleep(5);
        }
        if (outstanding.get() > 0) {
            for (int k = 0; k < outstanding.get(); k++) {
                phase.error("unfinished");
            }
        }
        return phase;
    }

    void report(Phase p) {
        long[] ok = Arrays.stream(p.latencyNanos).filter(v -> v >= 0).sorted().toArray();
        double sendSeconds = (p.lastSendNanos - p.firstSendNanos) / 1e9;
        double achieved = p.sent > 1 && sendSeconds > 0 ? (p.sent - 1) / sendSeconds : 0;
        double mean = ok.length == 0 ? 0 : Arrays.stream(ok).average().orElse(0) / 1e6;
        String p50 = ms(percentile(ok, 50)), p90 = ms(percentile(ok, 90)), p99 = ms(percentile(ok, 99));
        String max = ms(ok.length == 0 ? -1 : ok[ok.length - 1]);
        System.out.printf(Locale.ROOT, "   count %d (sent %d), errors %d%s%n", ok.length, p.sent, p.errors.get(),
                describeErrors(p));
        System.out.printf(Locale.ROOT, "   achieved rate %.1f req/s (target %d), sched lag max %.2f ms, avg body %d B%n",
                achieved, o.rate, p.maxSchedLagNanos.get() / 1e6, ok.length == 0 ? 0 : p.responseBytes.get() / ok.length);
        System.out.printf(Locale.ROOT, "   latency ms: mean %.2f  p50 %s  p90 %s  p99 %s  max %s%n", mean, p50, p90, p99, max);
        printSlowSeconds(p);
        System.out.printf(Locale.ROOT, "RESULT label=%s count=%d errors=%d rate=%.1f mean=%.2f p50=%s p90=%s p99=%s max=%s%n",
                o.label, ok.length, p.errors.get(), achieved, mean, p50, p90, p99, max);
    }

    /**
     * Whether the slow requests (over --slow-ms) are spread over the run (steady queueing) or bunched in a few
     * seconds (a pause: GC, a compilation, another process): their count and the worst seconds of the run.
     */
    void printSlowSeconds(Phase p) {
        long slowNanos = o.slowMs * 1_000_000L;
        int seconds = (p.latencyNanos.length + o.rate - 1) / o.rate;
        int[] slow = new int[seconds];
        long[] max = new long[seconds];
        int total = 0;
        for (int i = 0; i < p.latencyNanos.length; i++) {
            long v = p.latencyNanos[i];
            int second = i / o.rate;
            max[second] = Math.max(max[second], v);
            if (v > slowNanos) {
                slow[second]++;
                total++;
            }
        }
        int withSlow = 0;
        for (int n : slow) {
            withSlow += n > 0 ? 1 : 0;
        }
        StringBuilder worst = new StringBuilder();
        Integer[] order = new Integer[seconds];
        for (int k = 0; k < seconds; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Long.compare(max[b], max[a]));
        for (int k = 0; k < Math.min(3, seconds); k++) {
            int sec = order[k];
            if (slow[sec] > 0) {
                worst.append(String.format(Locale.ROOT, "%s s%d: %d slow, max %s ms", worst.length() > 0 ? ";" : "",
                        sec + 1, slow[sec], ms(max[sec])));
            }
        }
        System.out.printf(Locale.ROOT, "   over %d ms: %d requests (%.2f%%) in %d of %d seconds%s%n", o.slowMs, total,
                100.0 * total / Math.max(1, p.latencyNanos.length), withSlow, seconds,
                worst.length() > 0 ? "; worst seconds" + worst : "");
        if (o.timeline) {
            for (int sec = 0; sec < seconds; sec++) {
                System.out.printf(Locale.ROOT, "   timeline s%d: max %s ms, %d over %d ms%n", sec + 1, ms(max[sec]),
                        slow[sec], o.slowMs);
            }
        }
    }

    static String describeErrors(Phase p) {
        if (p.errorKinds.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder(" (");
        new TreeMap<>(p.errorKinds).forEach((k, v) -> s.append(s.length() > 2 ? ", " : "").append(k).append(" x").append(v.get()));
        return s.append(')').toString();
    }

    /** Nearest-rank percentile of sorted values, or -1 when there are none. */
    static long percentile(long[] sorted, double pct) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(pct / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String ms(long nanos) {
        return nanos < 0 ? "-" : String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    static final class Options {
        List<String> urls = new ArrayList<>();
        String template;
        String codes;
        String order = "roundrobin";
        long seed = 1;
        String token;
        int rate = 200;
        int durationS = 30;
        int warmupS = 10;
        int timeoutMs = 5000;
        int maxInFlight = 2000;
        int slowMs = 20;
        boolean timeline;
        String label = "run";

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--timeline")) {
                    o.timeline = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a + " needs a value");
                }
                String v = args[++i];
                switch (a) {
                    case "--url" -> o.urls.add(v);
                    case "--template" -> o.template = v;
                    case "--codes" -> o.codes = v;
                    case "--order" -> o.order = v;
                    case "--seed" -> o.seed = Long.parseLong(v);
                    case "--token" -> o.token = v.isBlank() ? null : v.trim();
                    case "--token-file" -> o.token = read(v);
                    case "--rate" -> o.rate = bounded(a, v, 1, MAX_RATE);
                    case "--duration" -> o.durationS = bounded(a, v, 1, MAX_DURATION_S);
                    case "--warmup" -> o.warmupS = bounded(a, v, 0, MAX_WARMUP_S);
                    case "--timeout-ms" -> o.timeoutMs = bounded(a, v, 1, 60_000);
                    case "--max-in-flight" -> o.maxInFlight = bounded(a, v, 1, 10_000);
                    case "--slow-ms" -> o.slowMs = bounded(a, v, 1, 60_000);
                    case "--label" -> o.label = v.replaceAll("\\s+", "_");
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (o.urls.isEmpty() == (o.template == null)) {
                throw new IllegalArgumentException("give either --url (one or more) or --template");
            }
            if (o.template != null && (o.codes == null || !o.template.contains("{code}"))) {
                throw new IllegalArgumentException("--template needs {code} in it and --codes");
            }
            if (!o.order.equals("roundrobin") && !o.order.equals("random")) {
                throw new IllegalArgumentException("--order is roundrobin or random");
            }
            for (URI uri : o.targets()) {
                requireLoopback(uri);
            }
            return o;
        }

        List<URI> targets() {
            if (template == null) {
                return urls.stream().map(URI::create).toList();
            }
            List<String> list;
            try {
                Path file = Path.of(codes);
                list = Files.isRegularFile(file) ? Files.readAllLines(file) : Arrays.asList(codes.split(","));
            } catch (IOException | java.nio.file.InvalidPathException e) {
                list = Arrays.asList(codes.split(","));
            }
            List<URI> uris = list.stream().map(String::trim).filter(c -> !c.isEmpty())
                    .map(c -> URI.create(template.replace("{code}", c))).toList();
            if (uris.isEmpty()) {
                throw new IllegalArgumentException("--codes gave no codes");
            }
            return uris;
        }

        static void requireLoopback(URI uri) {
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL: " + uri);
            }
            try {
                for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                    if (!address.isLoopbackAddress()) {
                        throw new IllegalArgumentException("only loopback targets are allowed, not " + uri.getHost());
                    }
                }
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException("unknown host " + uri.getHost());
            }
        }

        static int bounded(String name, String value, int min, int max) {
            int n;
            try {
                n = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a number");
            }
            if (n < min || n > max) {
                throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
            }
            return n;
        }

        static String read(String file) {
            try {
                return Files.readString(Path.of(file)).trim();
            } catch (IOException e) {
                throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
            }
        }
    }
}
