import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal under its target load: {@code --users} people (default 50), each logged in through the real OIDC
 * authorization-code flow with a cookie jar of its own, browsing their region's pages and autosaving a section of a
 * report draft of their own, with a person's think time between actions. JDK 17 only, no dependencies.
 *
 * <pre>
 * java bench/PortalBench.java [--users 50] [--duration 60] [--warmup 15] [--think-min 1000] [--think-max 3000]
 *     [--mix 1:2:4:3] [--prefix PB] [--section covid-19] [--timeout-ms 10000] [--login-parallel 4] [--seed 1]
 *     [--setup-only] [--timeline]
 * </pre>
 *
 * <ol>
 * <li><b>Setup</b> (idempotent, through the services' APIs): as the ministry admin (Keycloak client {@code sto-cli},
 * password grant) regions {@code <prefix>-01..} are registered at regions-service with lead-r01's board (41509) as
 * lead, as ReportsIT does for "a region of its own"; once reports-service knows them (events), lead-r01 starts one
 * report draft per region. A rerun finds the regions and drafts and reuses them; they stay in the demo database.</li>
 * <li><b>Logins</b>: per user, GET {@code /school/start}, the redirects to Keycloak's login form, its action URL
 * from the HTML, the POST of username and password, the redirects back to the portal's callback, which sets the
 * session cookie (path {@code /school}), until the landing page. Then the user's report page once (not counted),
 * for the form's CSRF token, the draft's ETag and the section's autosave URL, as the page's script reads them.</li>
 * <li><b>Load</b>: every user's actions are due on a schedule of its own: each one a random think time
 * ({@code --think-min}..{@code --think-max} ms) after the previous one was <i>due</i>. A user sends one request at
 * a time; an answer that comes after the next action was due delays that action, and the delay counts in its
 * latency (latency = end of the answer minus the time the action was due: no coordinated omission). Actions by
 * {@code --mix} weights: the list of regions, the region's page, the report's page, an autosave of the section
 * (POST ../sections/{section}/autosave, form-urlencoded as js/portal.js sends it: csrf-token, etag, the section's
 * shape and fields under its key; Origin of the portal; the ETag of the user's last save). Actions due in the first {@code --warmup} s
 * are not counted; then {@code --duration} s are.</li>
 * </ol>
 *
 * Prints per route and for the autosave: count, errors by kind, throughput, mean/p50/p90/p95/p99/max latency,
 * and the targets (pages p95 &lt; 200 ms, autosave p95 &lt; 100 ms) as MET or MISSED; how busy the machine was
 * (/proc/stat) and which processes used the CPU during the measured window, and the load average before and
 * after. Percentiles are nearest-rank over the successful requests of the measured window; any error makes a
 * target MISSED. Exit code 0 whatever the figures, 1 when setup or every login failed, 2 on bad arguments.
 */
public class PortalBench {

    static final String[] ROUTES = {
            "GET  /school/regions",
            "GET  /school/regions/{code}",
            "GET  /school/regions/{code}/reports/{id}",
            "POST /school/regions/{code}/reports/{id}/sections/{s}/autosave"};
    static final int LIST = 0, REGION = 1, REPORT = 2, AUTOSAVE = 3;
    static final String SCHOOL_REALM = "sto-schools", MINISTRY_REALM = "sto-ministry";
    /** lead-r01's board in the demo realm (attribute brin of lead-r01 in sto-schools.json). */
    static final String LEAD_BOARD = "41509";
    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("PortalBench: " + e.getMessage());
            System.err.println("usage: java bench/PortalBench.java [--users 50] [--duration 60] [--warmup 15]"
                    + " [--think-min 1000] [--think-max 3000] [--mix list:region:report:autosave (1:2:4:3)]"
                    + " [--prefix PB] [--section covid-19] [--timeout-ms 10000] [--login-parallel 4] [--seed 1]"
                    + " [--page-target-ms 200] [--autosave-target-ms 100] [--setup-wait 180] [--baseline 5] [--setup-only]"
                    + " [--timeline] [--portal URL] [--keycloak URL] [--regions URL] [--reports URL]");
            System.exit(2);
            return;
        }
        int rc;
        PortalBench bench = new PortalBench(o);
        try {
            rc = bench.run();
        } finally {
            bench.executor.shutdownNow();
        }
        System.exit(rc);
    }

    private final Options o;
    private final ExecutorService executor;
    private final HttpClient client;
    private final Api api;

    PortalBench(Options o) {
        this.o = o;
        // One client for all users (its connections are pooled and kept alive); each user's cookies are its own.
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "bench-http");
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(executor)
                .build();
        this.api = new Api();
    }

    int run() throws Exception {
        System.out.printf(Locale.ROOT, "PortalBench %s: %d cores, load average %s, java %s%n",
                LocalDateTime.now().format(CLOCK), Runtime.getRuntime().availableProcessors(), loadAverage(),
                System.getProperty("java.version"));
        if (o.baselineS > 0) {
            // What runs besides the platform at rest: a build or a test run next to the bench makes its figures mean little.
            CpuSnapshot a = CpuSnapshot.take();
            Thread.sleep(o.baselineS * 1000L);
            CpuSnapshot b = CpuSnapshot.take();
            double busy = 100.0 * (b.busy() - a.busy()) / Math.max(1, b.total() - a.total());
            System.out.printf(Locale.ROOT, "before anything (%d s): machine %.0f%% busy%s%n   CPU by process (%% of one core): %s%n",
                    o.baselineS, busy, busy > 35 ? "   WARNING: something else is using the CPU; latencies will suffer" : "",
                    CpuSnapshot.top(a, b, (b.at() - a.at()) / 1e9, 8));
        }
        List<Draft> drafts;
        try {
            drafts = setup();
        } catch (SetupFailed e) {
            System.out.println("SETUP FAILED: " + e.getMessage());
            return 1;
        }
        if (o.setupOnly) {
            return 0;
        }
        return load(drafts);
    }

    // ============================================================================================ setup

    record Draft(String code, String reportId, String section, String shape, int auditEntries) {
    }

    static final class SetupFailed extends Exception {
        private static final long serialVersionUID = 1L;

        SetupFailed(String message) {
            super(message);
        }
    }

    /** The bench regions and one draft in each: found when they exist, created through the services' APIs if not. */
    List<Draft> setup() throws Exception {
        long t0 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%n== setup: %d regions %s..%s with %s's board (%s) as lead, one report draft each%n",
                o.users, code(1), code(o.users), o.user, LEAD_BOARD);
        int registered = 0, leadsAdded = 0;
        for (int i = 1; i <= o.users; i++) {
            String code = code(i);
            HttpResponse<String> region = api.call("GET", o.regions + "/api/regions/" + code, MINISTRY_REALM, "admin", null);
            if (region.statusCode() == 404) {
                expect(api.call("POST", o.regions + "/api/regions", MINISTRY_REALM, "admin", Json.object(
                        "code", code, "name", "Portalbench " + code, "tranche", "1", "admittedOn", "2020-03-01")),
                        201, "register region " + code);
                registered++;
                region = api.call("GET", o.regions + "/api/regions/" + code, MINISTRY_REALM, "admin", null);
            }
            expect(region, 200, "read region " + code);
            boolean hasLead = false;
            for (Object p : Json.list(Json.parse(region.body()), "partners")) {
                hasLead |= LEAD_BOARD.equals(Json.str(p, "identifier")) && "lead".equalsIgnoreCase(Json.str(p, "role"))
                        && Boolean.TRUE.equals(Json.get(p, "active"));
            }
            if (!hasLead) {
                expect(api.call("POST", o.regions + "/api/regions/" + code + "/partners", MINISTRY_REALM, "admin",
                        Json.object("identifierType", "BOARD", "identifier", LEAD_BOARD, "name",
                                "Bevoegd gezag " + LEAD_BOARD, "municipality", "Emmen", "role", "lead")),
                        201, "add the lead of " + code);
                leadsAdded++;
            }
        }
        System.out.printf(Locale.ROOT, "   regions: %d registered now, %d found; lead added to %d%n", registered,
                o.users - registered, leadsAdded);

        // reports-service learns about the regions, their obligations and lead-r01's access from regions-service's
        // events: wait for that, then reuse the region's draft or start one.
        List<Draft> drafts = new ArrayList<>();
        int started = 0;
        Map<String, Integer> kinds = new TreeMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(o.setupWaitS);
        for (int i = 1; i <= o.users; i++) {
            String code = code(i);
            String reportId = null;
            String kind = null;
            while (reportId == null) {
                HttpResponse<String> reports = api.call("GET", o.reports + "/api/regions/" + code + "/reports",
                        SCHOOL_REALM, o.user, null);
                if (reports.statusCode() == 200) {
                    Set<String> withReport = new HashSet<>();
                    for (Object r : (List<?>) Json.parse(reports.body())) {
                        withReport.add(Json.str(r, "obligationId"));
                        if (reportId == null && "DRAFT".equals(Json.str(r, "status"))) {
                            reportId = Json.str(r, "id");
                            kind = Json.str(r, "kind");
                        }
                    }
                    if (reportId != null) {
                        break;
                    }
                    HttpResponse<String> obligations = api.call("GET", o.reports + "/api/regions/" + code + "/obligations",
                            SCHOOL_REALM, o.user, null);
                    if (obligations.statusCode() == 200) {
                        Object next = null;
                        for (Object ob : (List<?>) Json.parse(obligations.body())) {
                            if (Boolean.TRUE.equals(Json.get(ob, "mayStartReport")) && !withReport.contains(Json.str(ob, "id"))
                                    && (next == null || Json.str(ob, "dueDate").compareTo(Json.str(next, "dueDate")) < 0)) {
                                next = ob;
                            }
                        }
                        if (next != null) {
                            HttpResponse<String> start = api.call("POST", o.reports + "/api/regions/" + code
                                    + "/obligations/" + Json.str(next, "id") + "/report", SCHOOL_REALM, o.user, "");
                            if (start.statusCode() == 201) {
                                reportId = Json.str(Json.parse(start.body()), "id");
                                kind = Json.str(next, "kind");
                                started++;
                                break;
                            }
                            if (start.statusCode() != 409) {
                                throw new SetupFailed("start the report of " + code + " " + Json.str(next, "kind")
                                        + ": HTTP " + start.statusCode() + " " + brief(start.body()));
                            }
                        } else if (!((List<?>) Json.parse(obligations.body())).isEmpty()) {
                            throw new SetupFailed(code + " has no draft and no obligation whose report " + o.user
                                    + " may start (all reports started and submitted?); use another --prefix");
                        }
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new SetupFailed("reports-service does not know region " + code + " (or " + o.user
                            + "'s access, or its obligations) after " + o.setupWaitS + " s: last answer HTTP "
                            + reports.statusCode() + " " + brief(reports.body()));
                }
                Thread.sleep(1000);
            }
            HttpResponse<String> report = api.call("GET", o.reports + "/api/regions/" + code + "/reports/" + reportId,
                    SCHOOL_REALM, o.user, null);
            expect(report, 200, "read report " + reportId + " of " + code);
            Object view = Json.parse(report.body());
            if (!Boolean.TRUE.equals(Json.get(Json.get(view, "allowed"), "edit"))) {
                throw new SetupFailed(o.user + " may not edit the draft " + reportId + " of " + code);
            }
            String shape = null;
            List<String> available = new ArrayList<>();
            for (Object s : Json.list(Json.get(view, "current"), "sections")) {
                available.add(Json.str(s, "section") + " " + Json.str(s, "shape"));
                if (o.section.equals(Json.str(s, "section"))) {
                    shape = Json.str(s, "shape");
                }
            }
            if (shape == null || !(shape.equals("TEXT") || shape.equals("AIM"))) {
                throw new SetupFailed("the " + kind + " draft of " + code + " has no TEXT or AIM section "
                        + o.section + " (it has: " + String.join(", ", available) + "); choose one with --section");
            }
            HttpResponse<String> audit = api.call("GET", o.reports + "/api/regions/" + code + "/reports/" + reportId
                    + "/audit", SCHOOL_REALM, o.user, null);
            expect(audit, 200, "read the audit trail of " + reportId);
            drafts.add(new Draft(code, reportId, o.section, shape, ((List<?>) Json.parse(audit.body())).size()));
            kinds.merge(kind, 1, Integer::sum);
        }
        int[] audit = drafts.stream().mapToInt(Draft::auditEntries).sorted().toArray();
        System.out.printf(Locale.ROOT, "   drafts: %d started now, %d reused; kinds %s; section %s (%s)%n", started,
                o.users - started, kinds, o.section, drafts.get(0).shape());
        System.out.printf(Locale.ROOT, "   audit trail per draft before this run (one entry per stretch of editing "
                + "a section; the page shows the newest 10): min %d, mean %.0f, max %d entries%n", audit[0],
                Arrays.stream(audit).average().orElse(0), audit[audit.length - 1]);
        HttpResponse<String> mine = api.call("GET", o.regions + "/api/me/regions", SCHOOL_REALM, o.user, null);
        if (mine.statusCode() == 200) {
            System.out.printf(Locale.ROOT, "   %s acts for %d regions (what /school/regions lists)%n", o.user,
                    ((List<?>) Json.parse(mine.body())).size());
        }
        System.out.printf(Locale.ROOT, "   setup took %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return drafts;
    }

    String code(int i) {
        return o.prefix + "-" + String.format(Locale.ROOT, "%02d", i);
    }

    static void expect(HttpResponse<String> response, int status, String what) throws SetupFailed {
        if (response.statusCode() != status) {
            throw new SetupFailed(what + ": HTTP " + response.statusCode() + " " + brief(response.body()));
        }
    }

    static String brief(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ").trim();
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }

    /** The services' APIs with bearer tokens from Keycloak (client sto-cli, password grant), as bench/registry.sh. */
    final class Api {
        private final Map<String, String> tokens = new HashMap<>();
        private final Map<String, Long> fetched = new HashMap<>();

        String token(String realm, String user) throws IOException, InterruptedException, SetupFailed {
            String key = realm + "/" + user;
            Long at = fetched.get(key);
            if (at != null && System.nanoTime() - at < TimeUnit.SECONDS.toNanos(120)) {
                return tokens.get(key);
            }
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(o.keycloak + "/realms/" + realm
                            + "/protocol/openid-connect/token"))
                    .timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form("grant_type", "password", "client_id", "sto-cli",
                            "username", user, "password", o.password)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            expect(r, 200, "token for " + user + " in " + realm);
            String token = Json.str(Json.parse(r.body()), "access_token");
            tokens.put(key, token);
            fetched.put(key, System.nanoTime());
            return token;
        }

        HttpResponse<String> call(String method, String url, String realm, String user, String json)
                throws IOException, InterruptedException, SetupFailed {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token(realm, user)).header("Accept", "application/json");
            if (json == null) {
                b.GET();
            } else {
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    // ============================================================================================ users

    /** One simulated person: a browser's cookie jar, its region and draft, what its report page gave it. */
    final class User {
        final int number;
        final Draft draft;
        final CookieJar jar = new CookieJar();
        final Random random;
        final List<Sample> samples = new ArrayList<>();
        String csrf;
        String etag;
        URI autosave;
        int saves;
        long loginNanos = -1;
        String loginError;
        int loginHops;
        int etagMismatches;
        int recoveries;
        boolean conflicted;

        User(int number, Draft draft) {
            this.number = number;
            this.draft = draft;
            this.random = new Random(o.seed * 7919 + number);
        }

        URI list() {
            return URI.create(o.portal + "/school/regions");
        }

        URI region() {
            return URI.create(o.portal + "/school/regions/" + draft.code());
        }

        URI report() {
            return URI.create(o.portal + "/school/regions/" + draft.code() + "/reports/" + draft.reportId());
        }
    }

    /** One measured (or warm-up) action. */
    record Sample(int route, boolean measured, long due, long sent, long end, String error, int bytes) {
    }

    /** The answer at the end of a chain of redirects, and where it came from. */
    record Landed(HttpResponse<String> response, URI uri, int hops) {
    }

    static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*\\bid=\"kc-form-login\"[^>]*>", Pattern.CASE_INSENSITIVE);
    static final Pattern ACTION = Pattern.compile("\\baction=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]*)\"");
    static final Pattern ETAG_FIELD = Pattern.compile("name=\"etag\" value=\"([^\"]*)\"");

    /** The browser's login: the portal's redirect to Keycloak, its form, the POST, the redirects back. */
    void login(User u) throws Exception {
        long t0 = System.nanoTime();
        Landed form = browse(u, "GET", URI.create(o.portal + "/school/start"), null);
        if (form.response().statusCode() != 200 || !form.uri().toString().startsWith(o.keycloak)) {
            throw new IllegalStateException("GET /school/start did not end at Keycloak's login form but at "
                    + form.uri() + " (HTTP " + form.response().statusCode() + ")");
        }
        Matcher f = FORM_ACTION.matcher(form.response().body());
        Matcher a = f.find() ? ACTION.matcher(f.group()) : null;
        if (a == null || !a.find()) {
            throw new IllegalStateException("no kc-form-login form with an action in Keycloak's page " + form.uri());
        }
        URI action = form.uri().resolve(Html.unescape(a.group(1)));
        Landed landed = browse(u, "POST", action, form("username", o.user, "password", o.password, "credentialId", ""));
        if (landed.response().statusCode() != 200 || !landed.uri().toString().startsWith(o.portal + "/school/")) {
            throw new IllegalStateException("the login did not end at the portal but at " + landed.uri() + " (HTTP "
                    + landed.response().statusCode() + ")" + (landed.uri().toString().startsWith(o.keycloak)
                    ? ": Keycloak showed its form again (wrong password?)" : ""));
        }
        if (u.jar.value("q_session_school") == null && u.jar.value("q_session_school_chunk_1") == null) {
            throw new IllegalStateException("logged in, but the portal set no q_session_school cookie");
        }
        u.loginNanos = System.nanoTime() - t0;
        u.loginHops = form.hops() + landed.hops();
        readReportPage(u);
    }

    /** The report page as the browser shows it: the form's CSRF token, the draft's ETag, the section's autosave URL. */
    void readReportPage(User u) throws Exception {
        HttpResponse<String> page = client.send(get(u, u.report()), HttpResponse.BodyHandlers.ofString());
        u.jar.store(page);
        if (page.statusCode() != 200) {
            throw new IllegalStateException("GET " + u.report().getPath() + ": HTTP " + page.statusCode());
        }
        String html = page.body();
        Matcher csrf = CSRF_FIELD.matcher(html);
        Matcher etag = ETAG_FIELD.matcher(html);
        String path = u.report().getPath() + "/sections/" + u.draft.section() + "/autosave";
        if (!csrf.find() || !etag.find() || !html.contains("data-autosave=\"" + path + "\"")) {
            throw new IllegalStateException("the report page " + u.report().getPath() + " has no section form with "
                    + "csrf-token, etag and data-autosave=\"" + path + "\"");
        }
        u.csrf = Html.unescape(csrf.group(1));
        u.etag = Html.unescape(etag.group(1));
        u.autosave = URI.create(o.portal + path);
        String cookie = u.jar.value("csrf-token");
        if (cookie == null || !cookie.equals(u.csrf)) {
            throw new IllegalStateException("the page's csrf-token field is not the csrf-token cookie's value");
        }
    }

    /** Follows redirects as a browser does (303/302/301 become GET), storing every response's cookies. */
    Landed browse(User u, String method, URI uri, String formBody) throws Exception {
        String body = formBody;
        for (int hops = 0; hops < 12; hops++) {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(Math.max(o.timeoutMs, 30_000)))
                    .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                    .header("Accept-Language", "nl-NL,nl;q=0.9,en;q=0.8");
            String cookies = u.jar.header(uri);
            if (!cookies.isEmpty()) {
                b.header("Cookie", cookies);
            }
            if ("POST".equals(method)) {
                b.header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", uri.getScheme() + "://" + uri.getRawAuthority())
                        .POST(HttpRequest.BodyPublishers.ofString(body));
            } else {
                b.GET();
            }
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            u.jar.store(r);
            int s = r.statusCode();
            String location = r.headers().firstValue("Location").orElse(null);
            if (s / 100 != 3 || location == null) {
                return new Landed(r, uri, hops);
            }
            uri = uri.resolve(location);
            if (s != 307 && s != 308) {
                method = "GET";
                body = null;
            }
        }
        throw new IllegalStateException("more than 12 redirects from " + uri);
    }

    HttpRequest get(User u, URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofMillis(o.timeoutMs)).GET()
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                .header("Accept-Language", "nl-NL,nl;q=0.9,en;q=0.8");
        String cookies = u.jar.header(uri);
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies);
        }
        return b.build();
    }

    static final String[] SENTENCES = {
            "Door de schoolsluitingen vielen de stages in het voorjaar grotendeels weg.",
            "De gastlessen van installatiebedrijven gingen online verder, met minder bereik.",
            "Twee keuzevakken schoven we door naar het volgende schooljaar.",
            "De praktijklokalen waren maanden dicht, zodat leerlingen minder uren maakten.",
            "Bedrijven konden tijdelijk geen leerlingen ontvangen; het netwerk bleef wel actief.",
            "We zetten extra begeleiding in voor leerlingen met een achterstand in de praktijkvakken."};

    /** What the person typed: a paragraph of about 600 characters that changes with every save. */
    String typed(User u, int field) {
        StringBuilder s = new StringBuilder();
        int n = 6 + u.random.nextInt(3);
        for (int i = 0; i < n; i++) {
            s.append(i > 0 ? " " : "").append(SENTENCES[(u.saves + field + i) % SENTENCES.length]);
        }
        return s.append(" (").append(u.draft.code()).append(", versie ").append(u.saves).append(')').toString();
    }

    /** One action of the user; never throws: every failure becomes the sample's error. */
    Sample act(User u, int route, long due, boolean measured) {
        long sent = System.nanoTime();
        String error = null;
        int bytes = 0;
        try {
            if (route == AUTOSAVE) {
                u.saves++;
                String part = u.draft.section() + ".";
                String fields = "TEXT".equals(u.draft.shape()) ? form(part + "text", typed(u, 0))
                        : form(part + "activities", typed(u, 0), part + "results", typed(u, 3));
                // As js/portal.js: the draft form's fields outside the sections (the CSRF token's hidden field first,
                // then etag), then the section's own, named under its key; Accept: application/json; the browser
                // adds its cookies and, for a POST, the Origin.
                String body = form("csrf-token", u.csrf, "etag", u.etag, part + "shape", u.draft.shape()) + "&"
                        + fields;
                HttpRequest.Builder b = HttpRequest.newBuilder(u.autosave).timeout(Duration.ofMillis(o.timeoutMs))
                        .header("Accept", "application/json")
                        .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                        .header("Origin", originOf(o.portal))
                        .header("Referer", u.report().toString())
                        .POST(HttpRequest.BodyPublishers.ofString(body));
                String cookies = u.jar.header(u.autosave);
                if (!cookies.isEmpty()) {
                    b.header("Cookie", cookies);
                }
                sent = System.nanoTime();
                HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
                u.jar.store(r);
                bytes = r.body().length();
                String type = r.headers().firstValue("Content-Type").orElse("");
                Object answer = type.contains("json") ? Json.parse(r.body()) : null;
                String etag = answer == null ? null : Json.str(answer, "etag");
                if (r.statusCode() == 200 && etag != null) {
                    u.etag = etag;
                } else {
                    error = "HTTP " + r.statusCode() + (r.statusCode() == 409 ? " (conflict)" : "")
                            + (answer == null ? " (not JSON: " + type + ")" : etag == null && r.statusCode() == 200 ? " (no etag)" : "");
                    noteExample(error, answer != null ? Json.str(answer, "message") : brief(r.body()));
                    u.conflicted = r.statusCode() == 409;
                }
            } else {
                URI uri = route == LIST ? u.list() : route == REGION ? u.region() : u.report();
                HttpRequest request = get(u, uri);
                sent = System.nanoTime();
                HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                u.jar.store(r);
                bytes = r.body().length();
                if (r.statusCode() != 200) {
                    String location = r.headers().firstValue("Location").orElse("");
                    error = "HTTP " + r.statusCode() + (location.startsWith(o.keycloak) ? " (to the login)" : "");
                    noteExample(error, uri.getPath() + ": " + brief(r.body()));
                } else if (route == REPORT) {
                    Matcher etag = ETAG_FIELD.matcher(r.body());
                    if (!etag.find()) {
                        error = "200 without the section forms";
                    } else if (!Html.unescape(etag.group(1)).equals(u.etag)) {
                        u.etagMismatches++;
                    }
                }
            }
        } catch (HttpTimeoutException e) {
            error = "timeout (" + o.timeoutMs + " ms)";
        } catch (IOException e) {
            error = e.getClass().getSimpleName();
            noteExample(error, String.valueOf(e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (RuntimeException e) {
            error = e.getClass().getSimpleName();
            noteExample(error, String.valueOf(e.getMessage()));
        }
        return new Sample(route, measured, due, sent, System.nanoTime(), error, bytes);
    }

    /** After a conflict (which should not happen: each user has a draft of its own): the page again, not counted. */
    void recover(User u) {
        try {
            u.recoveries++;
            readReportPage(u);
        } catch (Exception e) {
            noteExample("recovery failed", String.valueOf(e.getMessage()));
        }
    }

    final Map<String, String> examples = new ConcurrentHashMap<>();

    void noteExample(String kind, String detail) {
        examples.putIfAbsent(kind, detail == null ? "" : brief(detail));
    }

    // ============================================================================================ the load

    int load(List<Draft> drafts) throws Exception {
        List<User> users = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            users.add(new User(i + 1, drafts.get(i)));
        }
        System.out.printf(Locale.ROOT, "%n== logins: %d users as %s (realm %s), %d at a time, through %s%n",
                users.size(), o.user, SCHOOL_REALM, o.loginParallel, o.keycloak);
        long l0 = System.nanoTime();
        ExecutorService logins = Executors.newFixedThreadPool(o.loginParallel);
        List<Future<?>> done = new ArrayList<>();
        for (User u : users) {
            done.add(logins.submit(() -> {
                try {
                    login(u);
                } catch (Exception e) {
                    u.loginError = e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        logins.shutdown();
        List<User> in = users.stream().filter(u -> u.loginError == null).toList();
        long[] loginTimes = in.stream().mapToLong(u -> u.loginNanos).sorted().toArray();
        System.out.printf(Locale.ROOT, "   %d of %d logged in in %.1f s; per login (%d requests, redirects included) "
                        + "p50 %s ms, p95 %s ms, max %s ms%n", in.size(), users.size(), (System.nanoTime() - l0) / 1e9,
                in.isEmpty() ? 0 : in.get(0).loginHops + 2, ms(percentile(loginTimes, 50)),
                ms(percentile(loginTimes, 95)), ms(loginTimes.length == 0 ? -1 : loginTimes[loginTimes.length - 1]));
        Map<String, Integer> failures = new TreeMap<>();
        users.stream().filter(u -> u.loginError != null).forEach(u -> failures.merge(u.loginError, 1, Integer::sum));
        failures.forEach((why, n) -> System.out.printf(Locale.ROOT, "   login failed x%d: %s%n", n, why));
        if (in.isEmpty()) {
            System.out.println("NO USER LOGGED IN: nothing to measure");
            return 1;
        }

        System.out.printf(Locale.ROOT, "%n== load: %d users, think %d-%d ms, mix list %d : region %d : report %d : "
                        + "autosave %d, %d s warm-up (not counted), then %d s measured; timeout %d ms%n", in.size(),
                o.thinkMinMs, o.thinkMaxMs, o.mix[0], o.mix[1], o.mix[2], o.mix[3], o.warmupS, o.durationS, o.timeoutMs);
        String loadBefore = loadAverage();
        System.out.printf(Locale.ROOT, "   load average before the warm-up: %s%n", loadBefore);
        long start = System.nanoTime() + 200_000_000L;
        long measureFrom = start + TimeUnit.SECONDS.toNanos(o.warmupS);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(o.durationS);
        CpuSnapshot[] cpu = new CpuSnapshot[2];
        String[] loadAtStart = new String[1];
        Thread sampler = new Thread(() -> {
            LockSupport.parkNanos(measureFrom - System.nanoTime());
            cpu[0] = CpuSnapshot.take();
            loadAtStart[0] = loadAverage();
            LockSupport.parkNanos(end - System.nanoTime());
            cpu[1] = CpuSnapshot.take();
        }, "bench-cpu");
        sampler.start();
        AtomicLong maxWakeLag = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        int mixTotal = Arrays.stream(o.mix).sum();
        for (User u : in) {
            Thread t = new Thread(() -> {
                long due = start + (long) (u.random.nextDouble() * TimeUnit.MILLISECONDS.toNanos(o.thinkMaxMs));
                long previousEnd = 0;
                while (due < end) {
                    long now;
                    while ((now = System.nanoTime()) < due) {
                        LockSupport.parkNanos(due - now);
                    }
                    if (previousEnd < due) {
                        // Not held back by its own previous answer: any lateness is the bench's own.
                        maxWakeLag.accumulateAndGet(now - due, Math::max);
                    }
                    int pick = u.random.nextInt(mixTotal);
                    int route = 0;
                    while (pick >= o.mix[route]) {
                        pick -= o.mix[route++];
                    }
                    Sample s = act(u, route, due, due >= measureFrom);
                    u.samples.add(s);
                    previousEnd = s.end();
                    if (u.conflicted) {
                        u.conflicted = false;
                        recover(u);
                    }
                    due += TimeUnit.MILLISECONDS.toNanos(o.thinkMinMs
                            + (o.thinkMaxMs > o.thinkMinMs ? u.random.nextInt(o.thinkMaxMs - o.thinkMinMs + 1) : 0));
                }
            }, "user-" + u.number);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime()) + o.timeoutMs + 5000));
        }
        sampler.join();
        String loadAfter = loadAverage();
        long stillRunning = threads.stream().filter(Thread::isAlive).count();

        report(in, measureFrom, maxWakeLag.get(), stillRunning);
        System.out.printf(Locale.ROOT, "%n== machine (%d cores)%n", Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "   load average: before the warm-up %s, at the start of the measurement %s, "
                + "after %s%n", loadBefore, loadAtStart[0], loadAfter);
        if (cpu[0] != null && cpu[1] != null) {
            CpuSnapshot a = cpu[0], b = cpu[1];
            double busy = 100.0 * (b.busy - a.busy) / Math.max(1, b.total - a.total);
            System.out.printf(Locale.ROOT, "   whole machine busy during the measured %d s: %.0f%% of %d cores%s%n",
                    o.durationS, busy, Runtime.getRuntime().availableProcessors(),
                    busy > 85 ? "   (saturated: latencies are queueing for CPU)" : "");
            System.out.printf(Locale.ROOT, "   CPU by process during the measured window (%% of one core): %s%n",
                    CpuSnapshot.top(a, b, (b.at - a.at) / 1e9, 10));
            RESULTS.add(String.format(Locale.ROOT, "RESULT label=machine busy=%.0f cores=%d load_before=%s load_after=%s",
                    busy, Runtime.getRuntime().availableProcessors(), loadBefore.split(" ")[0], loadAfter.split(" ")[0]));
        }
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            System.out.printf(Locale.ROOT, "   this bench's JVM: %.1f s CPU in all (logins, warm-up and measurement, "
                    + "JIT included)%n", os.getProcessCpuTime() / 1e9);
        }
        System.out.println();
        RESULTS.forEach(System.out::println);
        return 0;
    }

    final List<String> RESULTS = new ArrayList<>();

    void report(List<User> users, long measureFrom, long maxWakeLag, long stillRunning) {
        List<Sample> all = new ArrayList<>();
        users.forEach(u -> all.addAll(u.samples));
        List<Sample> measured = all.stream().filter(Sample::measured).toList();
        long warm = all.size() - measured.size();
        long warmErrors = all.stream().filter(s -> !s.measured() && s.error() != null).count();
        System.out.printf(Locale.ROOT, "   warm-up: %d actions, %d errors%n", warm, warmErrors);
        long lateStarts = measured.stream().filter(s -> s.sent() - s.due() > 5_000_000L).count();
        System.out.printf(Locale.ROOT, "   measured: %d actions; %d sent more than 5 ms after they were due (the user's "
                + "previous answer was late, or the bench woke late: max %.1f ms)%s%n", measured.size(), lateStarts,
                maxWakeLag / 1e6, stillRunning > 0 ? "; " + stillRunning + " users still waiting at the end" : "");

        System.out.printf(Locale.ROOT, "%n== results: %d s measured, latency in ms from when an action was due to the "
                + "end of its answer%n", o.durationS);
        String header = String.format(Locale.ROOT, "%-64s %6s %6s %6s %7s %7s %7s %7s %7s %8s %7s  %s", "route", "count",
                "errors", "req/s", "mean", "p50", "p90", "p95", "p99", "max", "avg KB", "target");
        System.out.println(header);
        String[] keys = {"page-list", "page-region", "page-report", null};
        for (int r = 0; r < ROUTES.length; r++) {
            int route = r;
            line(ROUTES[r], measured.stream().filter(s -> s.route() == route).toList(),
                    r == AUTOSAVE ? o.autosaveTargetMs : -1, keys[r]);
        }
        System.out.println("-".repeat(header.length()));
        line("all pages (the three GETs)", measured.stream().filter(s -> s.route() != AUTOSAVE).toList(),
                o.pageTargetMs, "pages");
        line("autosave", measured.stream().filter(s -> s.route() == AUTOSAVE).toList(), o.autosaveTargetMs, "autosave");

        Map<String, Integer> errors = new TreeMap<>();
        for (Sample s : measured) {
            if (s.error() != null) {
                errors.merge(ROUTES[s.route()].trim() + ": " + s.error(), 1, Integer::sum);
            }
        }
        if (!errors.isEmpty()) {
            System.out.println("   errors by kind (measured window):");
            errors.forEach((k, n) -> System.out.printf(Locale.ROOT, "     %s x%d%n", k, n));
        }
        if (!examples.isEmpty()) {
            System.out.println("   first answer of each kind of error:");
            new TreeMap<>(examples).forEach((k, v) -> System.out.printf(Locale.ROOT, "     %s: %s%n", k, v));
        }
        int mismatches = users.stream().mapToInt(u -> u.etagMismatches).sum();
        int recoveries = users.stream().mapToInt(u -> u.recoveries).sum();
        if (mismatches > 0 || recoveries > 0) {
            System.out.printf(Locale.ROOT, "   report pages whose ETag was not the user's last save: %d; pages re-read "
                    + "after a conflict: %d (someone else saves these drafts?)%n", mismatches, recoveries);
        }

        System.out.println();
        slowSeconds("pages", measured.stream().filter(s -> s.route() != AUTOSAVE).toList(), o.pageTargetMs, measureFrom);
        slowSeconds("autosave", measured.stream().filter(s -> s.route() == AUTOSAVE).toList(), o.autosaveTargetMs,
                measureFrom);
        long[] pageService = measured.stream().filter(s -> s.route() != AUTOSAVE && s.error() == null)
                .mapToLong(s -> s.end() - s.sent()).sorted().toArray();
        long[] saveService = measured.stream().filter(s -> s.route() == AUTOSAVE && s.error() == null)
                .mapToLong(s -> s.end() - s.sent()).sorted().toArray();
        System.out.printf(Locale.ROOT, "   response time alone (from sending, without the wait for a late previous "
                        + "answer): pages p95 %s ms, autosave p95 %s ms%n", ms(percentile(pageService, 95)),
                ms(percentile(saveService, 95)));
    }

    /** One row of the table (and its RESULT line, unless key is null); target -1 for none. */
    void line(String label, List<Sample> samples, int targetMs, String key) {
        long[] ok = samples.stream().filter(s -> s.error() == null).mapToLong(s -> s.end() - s.due()).sorted().toArray();
        long errors = samples.stream().filter(s -> s.error() != null).count();
        double rate = samples.size() / (double) o.durationS;
        double mean = ok.length == 0 ? 0 : Arrays.stream(ok).average().orElse(0) / 1e6;
        double kb = samples.stream().filter(s -> s.error() == null).mapToInt(Sample::bytes).average().orElse(0) / 1024;
        long p95 = percentile(ok, 95);
        String verdict = "";
        if (targetMs > 0) {
            boolean met = errors == 0 && p95 >= 0 && p95 < targetMs * 1_000_000L;
            verdict = "p95 < " + targetMs + " ms: " + (met ? "MET" : "MISSED" + (ok.length == 0 ? " (no answers)"
                    : errors > 0 && p95 < targetMs * 1_000_000L ? " (errors)" : ""));
        }
        System.out.printf(Locale.ROOT, "%-64s %6d %6d %6.1f %7.1f %7s %7s %7s %7s %8s %7.1f  %s%n", label, ok.length,
                errors, rate, mean, ms1(percentile(ok, 50)), ms1(percentile(ok, 90)), ms1(p95), ms1(percentile(ok, 99)),
                ms1(ok.length == 0 ? -1 : ok[ok.length - 1]), kb, verdict);
        if (key == null) {
            return;
        }
        RESULTS.add(String.format(Locale.ROOT, "RESULT label=%s count=%d errors=%d rate=%.1f mean=%.1f p50=%s p90=%s "
                        + "p95=%s p99=%s max=%s%s", key, ok.length, errors, rate, mean, ms1(percentile(ok, 50)),
                ms1(percentile(ok, 90)), ms1(p95), ms1(percentile(ok, 99)), ms1(ok.length == 0 ? -1 : ok[ok.length - 1]),
                targetMs > 0 ? " target_p95=" + targetMs + " verdict=" + (verdict.endsWith("MET") ? "MET" : "MISSED") : ""));
    }

    /** Whether the answers over the target are bunched in a few seconds (a pause) or spread (steady queueing). */
    void slowSeconds(String what, List<Sample> samples, int targetMs, long measureFrom) {
        int seconds = o.durationS;
        int[] slow = new int[seconds];
        int[] count = new int[seconds];
        long[] max = new long[seconds];
        int total = 0;
        for (Sample s : samples) {
            int sec = (int) Math.min(seconds - 1, Math.max(0, (s.due() - measureFrom) / 1_000_000_000L));
            long latency = s.error() == null ? s.end() - s.due() : Long.MAX_VALUE;
            count[sec]++;
            if (s.error() == null) {
                max[sec] = Math.max(max[sec], latency);
            }
            if (latency > targetMs * 1_000_000L) {
                slow[sec]++;
                total++;
            }
        }
        int withSlow = (int) Arrays.stream(slow).filter(n -> n > 0).count();
        Integer[] order = new Integer[seconds];
        for (int k = 0; k < seconds; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparingLong((Integer k) -> max[k]).reversed());
        StringBuilder worst = new StringBuilder();
        for (int k = 0; k < Math.min(3, seconds); k++) {
            int sec = order[k];
            if (slow[sec] > 0) {
                worst.append(String.format(Locale.ROOT, "%s s%d: %d of %d slow, max %s ms", worst.length() > 0 ? ";" : "",
                        sec + 1, slow[sec], count[sec], ms1(max[sec])));
            }
        }
        System.out.printf(Locale.ROOT, "   %s over %d ms (or failed): %d of %d (%.1f%%) in %d of %d seconds%s%n", what,
                targetMs, total, samples.size(), 100.0 * total / Math.max(1, samples.size()), withSlow, seconds,
                worst.length() > 0 ? "; worst seconds" + worst : "");
        if (o.timeline) {
            for (int sec = 0; sec < seconds; sec++) {
                System.out.printf(Locale.ROOT, "     %s s%d: %d requests, max %s ms, %d over %d ms%n", what, sec + 1,
                        count[sec], ms1(max[sec]), slow[sec], targetMs);
            }
        }
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
        return nanos < 0 ? "-" : String.format(Locale.ROOT, "%.0f", nanos / 1e6);
    }

    static String ms1(long nanos) {
        return nanos < 0 ? "-" : String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    static String originOf(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }

    static String form(String... pairs) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            s.append(i > 0 ? "&" : "").append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return s.toString();
    }

    // ============================================================================================ CPU

    /**
     * Clock ticks of the whole machine (/proc/stat) and of every process (/proc/[pid]/stat), named after the ./sto
     * component whose session it is in (.sto/run/[component].pid, PostgreSQL's postmaster and its backends), else
     * after its command; this JVM is "PortalBench (this JVM)".
     */
    record CpuSnapshot(long at, long busy, long total, Map<Long, Long> ticks, Map<Long, String> names) {

        static CpuSnapshot take() {
            long busy = 0, total = 0;
            try {
                for (String line : Files.readAllLines(Path.of("/proc/stat"))) {
                    if (line.startsWith("cpu ")) {
                        long[] v = Arrays.stream(line.substring(4).trim().split("\\s+")).mapToLong(Long::parseLong).toArray();
                        // user nice system idle iowait irq softirq steal
                        busy = v[0] + v[1] + v[2] + v[5] + v[6] + (v.length > 7 ? v[7] : 0);
                        total = busy + v[3] + v[4];
                    }
                }
            } catch (IOException | RuntimeException e) {
                // no /proc: no machine figures
            }
            Map<Long, String> components = new HashMap<>();
            Path run = Path.of(".sto/run");
            if (Files.isDirectory(run)) {
                try (var files = Files.list(run)) {
                    files.filter(p -> p.toString().endsWith(".pid")).forEach(p -> {
                        try {
                            String name = p.getFileName().toString().replaceAll("\\.pid$", "");
                            components.put(Long.parseLong(Files.readString(p).trim()), name);
                        } catch (IOException | NumberFormatException ignored) {
                            // a component that stopped
                        }
                    });
                } catch (IOException ignored) {
                    // no ./sto state
                }
            }
            try {
                String postmaster = Files.readAllLines(Path.of(".sto/data/postgres/postmaster.pid")).get(0).trim();
                components.put(Long.parseLong(postmaster), "postgres");
            } catch (IOException | RuntimeException ignored) {
                // PostgreSQL not running from here
            }
            long self = ProcessHandle.current().pid();
            Map<Long, Long> ticks = new HashMap<>();
            Map<Long, String> names = new HashMap<>();
            File[] procs = new File("/proc").listFiles((dir, name) -> name.chars().allMatch(Character::isDigit));
            for (File proc : procs == null ? new File[0] : procs) {
                try {
                    String stat = Files.readString(proc.toPath().resolve("stat"));
                    long pid = Long.parseLong(stat.substring(0, stat.indexOf(' ')));
                    String comm = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ppid = Long.parseLong(f[1]), session = Long.parseLong(f[3]);
                    ticks.put(pid, Long.parseLong(f[11]) + Long.parseLong(f[12]));
                    String name = pid == self ? "PortalBench (this JVM)" : components.getOrDefault(pid,
                            components.getOrDefault(session, components.getOrDefault(ppid, null)));
                    if (name == null) {
                        name = comm + " (not the platform's)";
                        if ("java".equals(comm)) {
                            String cmd = Files.readString(proc.toPath().resolve("cmdline")).replace('\0', ' ');
                            Matcher m = Pattern.compile("(\\S+\\.jar|\\S+Launcher|surefire\\S*)").matcher(cmd);
                            name = "java " + (m.find() ? Path.of(m.group(1)).getFileName() : "") + " (pid " + pid + ")";
                        }
                    }
                    names.put(pid, name);
                } catch (IOException | RuntimeException ignored) {
                    // the process ended while being read
                }
            }
            return new CpuSnapshot(System.nanoTime(), busy, total, ticks, names);
        }

        static String top(CpuSnapshot a, CpuSnapshot b, double seconds, int n) {
            Map<String, Long> used = new HashMap<>();
            b.ticks.forEach((pid, t) -> used.merge(b.names.get(pid), t - a.ticks.getOrDefault(pid, 0L), Long::sum));
            double hz = 100; // USER_HZ: 100 on Linux for every common architecture
            StringBuilder s = new StringBuilder();
            used.entrySet().stream().filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(n)
                    .forEach(e -> s.append(s.length() > 0 ? ", " : "").append(e.getKey()).append(' ')
                            .append(String.format(Locale.ROOT, "%.0f%%", e.getValue() / hz / seconds * 100)));
            return s.toString();
        }
    }

    // ============================================================================================ cookies

    /**
     * A browser's cookie jar for one host (everything here is 127.0.0.1; cookies do not keep ports apart, as in a
     * browser): name and path as the key, path-matched per request (RFC 6265 5.1.4), Max-Age/Expires honoured for
     * deletions. Secure is ignored, as browsers do for 127.0.0.1.
     */
    static final class CookieJar {
        record Cookie(String name, String value, String path, long expiresAtMillis) {
        }

        private final Map<String, Cookie> cookies = new LinkedHashMap<>();

        synchronized void store(HttpResponse<?> response) {
            for (String header : response.headers().allValues("Set-Cookie")) {
                String[] parts = header.split(";");
                int eq = parts[0].indexOf('=');
                if (eq <= 0) {
                    continue;
                }
                String name = parts[0].substring(0, eq).trim();
                String value = parts[0].substring(eq + 1).trim();
                String path = null;
                long expires = Long.MAX_VALUE;
                boolean maxAgeSeen = false;
                for (int i = 1; i < parts.length; i++) {
                    String attr = parts[i].trim();
                    int e = attr.indexOf('=');
                    String key = (e < 0 ? attr : attr.substring(0, e)).trim().toLowerCase(Locale.ROOT);
                    String val = e < 0 ? "" : attr.substring(e + 1).trim();
                    switch (key) {
                        case "path" -> path = val.startsWith("/") ? val : null;
                        case "max-age" -> {
                            maxAgeSeen = true;
                            try {
                                long seconds = Long.parseLong(val);
                                expires = seconds <= 0 ? 0 : System.currentTimeMillis() + seconds * 1000;
                            } catch (NumberFormatException ignored) {
                                // not a number: no expiry
                            }
                        }
                        case "expires" -> {
                            if (!maxAgeSeen) {
                                try {
                                    expires = ZonedDateTime.parse(val.replaceAll("(\\d{2})-(\\w{3})-(\\d{4})", "$1 $2 $3"),
                                            DateTimeFormatter.RFC_1123_DATE_TIME).toInstant().toEpochMilli();
                                } catch (RuntimeException ignored) {
                                    // a format we do not read: keep it for the session
                                }
                            }
                        }
                        default -> {
                        }
                    }
                }
                if (path == null) {
                    String requestPath = response.uri().getRawPath();
                    int slash = requestPath == null ? -1 : requestPath.lastIndexOf('/');
                    path = slash <= 0 ? "/" : requestPath.substring(0, slash);
                }
                String key = name + "\n" + path;
                if (expires <= System.currentTimeMillis()) {
                    cookies.remove(key);
                } else {
                    cookies.put(key, new Cookie(name, value, path, expires));
                }
            }
        }

        synchronized String header(URI uri) {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            long now = System.currentTimeMillis();
            List<Cookie> matching = new ArrayList<>();
            for (Iterator<Cookie> it = cookies.values().iterator(); it.hasNext(); ) {
                Cookie c = it.next();
                if (c.expiresAtMillis() <= now) {
                    it.remove();
                } else if (path.equals(c.path()) || (path.startsWith(c.path())
                        && (c.path().endsWith("/") || path.charAt(c.path().length()) == '/'))) {
                    matching.add(c);
                }
            }
            // Longer paths first, as browsers send them.
            matching.sort(Comparator.comparingInt((Cookie c) -> c.path().length()).reversed());
            StringBuilder s = new StringBuilder();
            for (Cookie c : matching) {
                s.append(s.length() > 0 ? "; " : "").append(c.name()).append('=').append(c.value());
            }
            return s.toString();
        }

        synchronized String value(String name) {
            return cookies.values().stream().filter(c -> c.name().equals(name)).map(Cookie::value).findFirst().orElse(null);
        }
    }

    // ============================================================================================ HTML, JSON

    static final class Html {
        private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);");

        static String unescape(String s) {
            Matcher m = ENTITY.matcher(s);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String e = m.group(1);
                String r = switch (e) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    case "apos" -> "'";
                    default -> new String(Character.toChars(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
                            : Integer.parseInt(e.substring(1))));
                };
                m.appendReplacement(out, Matcher.quoteReplacement(r));
            }
            m.appendTail(out);
            return out.toString();
        }
    }

    /** Just enough JSON: objects become maps, arrays lists, numbers doubles. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            j.space();
            Object v = j.value();
            j.space();
            if (j.i != j.s.length()) {
                throw new IllegalArgumentException("trailing characters in JSON at " + j.i);
            }
            return v;
        }

        static Object get(Object o, String key) {
            return o instanceof Map<?, ?> m ? m.get(key) : null;
        }

        static String str(Object o, String key) {
            Object v = get(o, key);
            return v == null ? null : v.toString();
        }

        static List<?> list(Object o, String key) {
            return get(o, key) instanceof List<?> l ? l : List.of();
        }

        /** A JSON object of string values, from key/value pairs. */
        static String object(String... pairs) {
            StringBuilder b = new StringBuilder("{");
            for (int k = 0; k < pairs.length; k += 2) {
                b.append(k > 0 ? "," : "").append(quote(pairs[k])).append(':').append(quote(pairs[k + 1]));
            }
            return b.append('}').toString();
        }

        static String quote(String v) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : v.toCharArray()) {
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\n' -> b.append("\\n");
                    case '\r' -> b.append("\\r");
                    case '\t' -> b.append("\\t");
                    default -> {
                        if (c < 0x20) {
                            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            return b.append('"').toString();
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            if (i >= s.length()) {
                throw new IllegalArgumentException("JSON ends early");
            }
            char c = s.charAt(i);
            switch (c) {
                case '{' -> {
                    i++;
                    Map<String, Object> m = new LinkedHashMap<>();
                    space();
                    if (s.charAt(i) == '}') {
                        i++;
                        return m;
                    }
                    while (true) {
                        space();
                        String key = string();
                        space();
                        expect(':');
                        space();
                        m.put(key, value());
                        space();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect('}');
                            return m;
                        }
                    }
                }
                case '[' -> {
                    i++;
                    List<Object> l = new ArrayList<>();
                    space();
                    if (s.charAt(i) == ']') {
                        i++;
                        return l;
                    }
                    while (true) {
                        space();
                        l.add(value());
                        space();
                        if (s.charAt(i) == ',') {
                            i++;
                        } else {
                            expect(']');
                            return l;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    if (s.startsWith("true", i)) {
                        i += 4;
                        return Boolean.TRUE;
                    }
                    if (s.startsWith("false", i)) {
                        i += 5;
                        return Boolean.FALSE;
                    }
                    if (s.startsWith("null", i)) {
                        i += 4;
                        return null;
                    }
                    int from = i;
                    while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                        i++;
                    }
                    if (from == i) {
                        throw new IllegalArgumentException("unexpected '" + c + "' in JSON at " + i);
                    }
                    return Double.parseDouble(s.substring(from, i));
                }
            }
        }

        private void expect(char c) {
            if (i >= s.length() || s.charAt(i) != c) {
                throw new IllegalArgumentException("expected '" + c + "' in JSON at " + i);
            }
            i++;
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            }
        }
    }

    // ============================================================================================ options

    static final class Options {
        String portal = "http://127.0.0.1:8080";
        String keycloak = "http://127.0.0.1:8180";
        String regions = "http://127.0.0.1:8081";
        String reports = "http://127.0.0.1:8082";
        String user = "lead-r01";
        String password = "demo";
        String prefix = "PB";
        String section = "covid-19";
        int users = 50;
        int durationS = 60;
        int warmupS = 15;
        int thinkMinMs = 1000;
        int thinkMaxMs = 3000;
        int[] mix = {1, 2, 4, 3};
        int timeoutMs = 10_000;
        int loginParallel = 4;
        int pageTargetMs = 200;
        int autosaveTargetMs = 100;
        int setupWaitS = 180;
        int baselineS = 5;
        long seed = 1;
        boolean setupOnly;
        boolean timeline;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--setup-only")) {
                    o.setupOnly = true;
                    continue;
                }
                if (a.equals("--timeline")) {
                    o.timeline = true;
                    continue;
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(a.startsWith("--") ? a + " needs a value (or is unknown)"
                            : "unknown argument " + a);
                }
                String v = args[++i];
                switch (a) {
                    case "--users" -> o.users = range(a, v, 1, 500);
                    case "--duration" -> o.durationS = range(a, v, 1, 3600);
                    case "--warmup" -> o.warmupS = range(a, v, 0, 600);
                    case "--think-min" -> o.thinkMinMs = range(a, v, 0, 600_000);
                    case "--think-max" -> o.thinkMaxMs = range(a, v, 0, 600_000);
                    case "--mix" -> {
                        String[] parts = v.split(":");
                        if (parts.length != 4) {
                            throw new IllegalArgumentException("--mix is list:region:report:autosave, e.g. 1:2:4:3");
                        }
                        for (int k = 0; k < 4; k++) {
                            o.mix[k] = range("--mix", parts[k], 0, 1000);
                        }
                        if (Arrays.stream(o.mix).sum() == 0) {
                            throw new IllegalArgumentException("--mix: at least one weight above 0");
                        }
                    }
                    case "--timeout-ms" -> o.timeoutMs = range(a, v, 100, 120_000);
                    case "--login-parallel" -> o.loginParallel = range(a, v, 1, 50);
                    case "--page-target-ms" -> o.pageTargetMs = range(a, v, 1, 60_000);
                    case "--autosave-target-ms" -> o.autosaveTargetMs = range(a, v, 1, 60_000);
                    case "--setup-wait" -> o.setupWaitS = range(a, v, 1, 3600);
                    case "--baseline" -> o.baselineS = range(a, v, 0, 120);
                    case "--seed" -> o.seed = Long.parseLong(v);
                    case "--prefix" -> {
                        if (!v.matches("[A-Z0-9][A-Z0-9-]{0,15}")) {
                            throw new IllegalArgumentException("--prefix: capitals, digits, dashes (region codes)");
                        }
                        o.prefix = v;
                    }
                    case "--section" -> o.section = v;
                    case "--user" -> o.user = v;
                    case "--password" -> o.password = v;
                    case "--portal" -> o.portal = loopback(a, v);
                    case "--keycloak" -> o.keycloak = loopback(a, v);
                    case "--regions" -> o.regions = loopback(a, v);
                    case "--reports" -> o.reports = loopback(a, v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (o.thinkMaxMs < o.thinkMinMs) {
                throw new IllegalArgumentException("--think-max is below --think-min");
            }
            return o;
        }

        static int range(String name, String v, int min, int max) {
            int n;
            try {
                n = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " needs a whole number, not " + v);
            }
            if (n < min || n > max) {
                throw new IllegalArgumentException(name + " must be " + min + ".." + max);
            }
            return n;
        }

        /** Only this machine: the bench logs in and writes drafts, so it must not be pointed elsewhere. */
        static String loopback(String name, String url) {
            try {
                URI uri = URI.create(url.replaceAll("/+$", ""));
                if (!"http".equals(uri.getScheme()) || uri.getHost() == null
                        || !InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                    throw new IllegalArgumentException(name + ": only http:// on a loopback address");
                }
                return uri.toString();
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": " + e.getMessage());
            }
        }
    }
}
