package nl.sto.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import nl.sto.devstack.KeycloakTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The platform as a user runs it: {@code ./sto up}, every service healthy, a token from each realm understood by
 * every service, a region registered in regions-service reaching the three projections through Kafka, R01's contacts
 * reminded of the practice regulation by e-mail, the portal's login redirect, and {@code ./sto down} leaving every port free.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformSmokeIT {


    private static final String KEYCLOAK = "http://127.0.0.1:8180";
    private static final String PORTAL = "http://127.0.0.1:8080";
    private static final Map<String, String> SERVICES = Map.of(
            "regions-service", "http://127.0.0.1:8081",
            "reports-service", "http://127.0.0.1:8082",
            "monitor-service", "http://127.0.0.1:8083",
            "notification-service", "http://127.0.0.1:8084");
    private static final List<String> PROJECTIONS = List.of("reports-service", "monitor-service", "notification-service");
    private static final List<Integer> PORTS = List.of(8080, 8081, 8082, 8083, 8084, 8180, 55432, 9092, 9093, 3025, 8025);

    /** One demo user per realm, with the audience every service must see in the token. */
    private record DemoUser(String realm, String username, String audience) {
    }

    private static final List<DemoUser> USERS = List.of(
            new DemoUser("sto-schools", "lead-r01", "school"),
            new DemoUser("sto-businesses", "biz-r01", "business"),
            new DemoUser("sto-ministry", "admin", "ministry"));

    @BeforeAll
    static void up() {
        assertThat(Files.isExecutable(StoCommand.ROOT.resolve("sto"))).as("./sto in %s", StoCommand.ROOT).isTrue();
        assertThat(StoCommand.run("up")).as("exit code of ./sto up").isZero();
    }

    @AfterAll
    static void down() {
        StoCommand.run("down");
    }

    @Test
    @Order(1)
    void everyAppIsReady() {
        Map<String, String> apps = new TreeMap<>(SERVICES);
        apps.put("portal", PORTAL);
        apps.forEach((app, url) -> given().get(url + "/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP")));
    }

    @Test
    @Order(2)
    void everyServiceUnderstandsATokenOfEveryRealm() {
        for (DemoUser user : USERS) {
            String token = KeycloakTokens.accessToken(KEYCLOAK, user.realm(), user.username());
            SERVICES.forEach((service, url) -> {
                Response whoami = given().auth().oauth2(token).get(url + "/api/whoami");
                assertThat(whoami.statusCode()).as("%s whoami for %s", service, user.username()).isEqualTo(200);
                assertThat(whoami.jsonPath().getString("audience")).as("%s audience of %s", service, user.username())
                        .isEqualTo(user.audience());
                assertThat(whoami.jsonPath().getString("subject")).as("%s subject of %s", service, user.username())
                        .isNotBlank();
            });
        }
    }

    @Test
    @Order(3)
    void aRegisteredRegionReachesEveryProjection() {
        String admin = KeycloakTokens.accessToken(KEYCLOAK, "sto-ministry", "admin");
        String code = "SMOKE-" + Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        String name = "Smoke test region " + code;

        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", name, "tranche", "2", "admittedOn", "2020-06-01"))
                .post(SERVICES.get("regions-service") + "/api/regions")
                .then().statusCode(201);

        for (String projection : PROJECTIONS) {
            await(projection + " knows " + code).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .untilAsserted(() -> {
                        List<Map<String, Object>> known = given().auth().oauth2(admin)
                                .get(SERVICES.get(projection) + "/api/regions/known")
                                .then().statusCode(200).extract().jsonPath().getList("$");
                        assertThat(known).as("regions known to %s", projection)
                                .anySatisfy(region -> assertThat(region)
                                        .containsEntry("code", code).containsEntry("name", name))
                                .extracting(region -> region.get("code")).contains("R01", "R02");
                    });
        }
        aRegionAdmittedIn2020OwesUnderEveryRegulation(admin, code);
    }

    /** 2020-2023 and 2025-2028, and with the demo data the practice regulation: due 3, 20 and 70 days after it. */
    private static void aRegionAdmittedIn2020OwesUnderEveryRegulation(String admin, String code) {
        String reports = SERVICES.get("reports-service");
        List<Map<String, Object>> regulations = given().auth().oauth2(admin).get(reports + "/api/regulations")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(regulations).extracting(r -> r.get("id"))
                .contains("STO-2020-2023", "STO-2025-2028", "DEMO-OEFENREGELING");
        assertThat(regulations).filteredOn(r -> "STO-2025-2028".equals(r.get("id")))
                .singleElement().satisfies(r -> assertThat((String) r.get("legalReference")).contains("2024, nr. 11193"));
        LocalDate demoSeeded = regulations.stream().filter(r -> "DEMO-OEFENREGELING".equals(r.get("id")))
                .map(r -> LocalDate.parse((String) r.get("publishedOn"))).findFirst().orElseThrow();
        await(code + "'s obligations").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> {
                    List<Map<String, Object>> owed = given().auth().oauth2(admin)
                            .get(reports + "/api/regions/" + code + "/obligations")
                            .then().statusCode(200).extract().jsonPath().getList("$");
                    assertThat(owed).extracting(o -> o.get("regulationId"))
                            .containsOnly("STO-2020-2023", "STO-2025-2028", "DEMO-OEFENREGELING");
                    assertThat(owed).filteredOn(o -> "DEMO-OEFENREGELING".equals(o.get("regulationId")))
                            .extracting(o -> ChronoUnit.DAYS.between(demoSeeded,
                                    LocalDate.parse((String) o.get("dueDate"))))
                            .containsExactlyInAnyOrder(3L, 20L, 70L);
                });
    }

    /**
     * The practice regulation's obligations of R01 are announced at once to R01's contacts, by an e-mail with a
     * calendar entry that the local SMTP server received, and their later steps are planned.
     */
    @Test
    @Order(4)
    void r01sContactsAreRemindedOfThePracticeRegulation() {
        String lead = KeycloakTokens.accessToken(KEYCLOAK, "sto-schools", "lead-r01");
        List<String> demoObligations = given().auth().oauth2(lead)
                .get(SERVICES.get("reports-service") + "/api/regions/R01/obligations")
                .then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.regulationId == 'DEMO-OEFENREGELING' }.id");
        assertThat(demoObligations).hasSize(3);
        List<Map<String, Object>> reminders = await("R01's announcements").atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1)).until(() -> given().auth().oauth2(lead)
                        .get(SERVICES.get("notification-service") + "/api/regions/R01/reminders")
                        .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$"),
                        found -> found.stream().filter(r -> "announcement".equals(r.get("step"))
                                && "sent".equals(r.get("status"))
                                && demoObligations.contains(r.get("obligationId"))).count() >= 3);
        assertThat(reminders).filteredOn(r -> demoObligations.contains(r.get("obligationId"))
                && "scheduled".equals(r.get("status"))).extracting(r -> r.get("step")).contains("due-day");
        String recipient = (String) reminders.stream().filter(r -> "announcement".equals(r.get("step"))
                && "sent".equals(r.get("status"))).findFirst().orElseThrow().get("recipient");
        List<Map<String, Object>> mail = given().get("http://127.0.0.1:8025/api/user/" + recipient + "/messages/")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(mail).isNotEmpty().anySatisfy(message -> assertThat(String.valueOf(message.get("mimeMessage")))
                .contains("text/calendar").contains("method=REQUEST"));
    }

    /**
     * The shipped DUO files are imported on the first start, so the 2019-2020 technical share is there without further
     * steps: about 19% nationally, and R01's own from its school partners' locations.
     */
    @Test
    @Order(5)
    void theIndicatorsOfTheShippedOpenDataAreThere() {
        String monitor = KeycloakTokens.accessToken(KEYCLOAK, "sto-ministry", "monitor");
        String share = SERVICES.get("monitor-service") + "/api/indicators/technical-share-y3?schoolYear=2019-2020";
        Map<String, Object> national = given().auth().oauth2(monitor).get(share).then().statusCode(200).extract()
                .jsonPath().getMap("$");
        assertThat(((Number) national.get("value")).doubleValue()).isBetween(18.0, 20.0);
        assertThat(national.get("numerator")).isEqualTo(11763);
        assertThat(national.get("denominator")).isEqualTo(61508);
        String lead = KeycloakTokens.accessToken(KEYCLOAK, "sto-schools", "lead-r01");
        Map<String, Object> r01 = await("R01's partners in the monitor").atMost(Duration.ofSeconds(60))
                .until(() -> given().auth().oauth2(lead).get(share + "&region=R01").then().statusCode(200).extract()
                        .jsonPath().getMap("$"), found -> ((Number) found.get("denominator")).intValue() > 0);
        assertThat(((Number) r01.get("denominator")).intValue()).isLessThan(61508);
        assertThat((List<?>) r01.get("breakdown")).hasSize(3);
    }

    @Test
    @Order(6)
    void portalServesItsHomePageAndSendsSchoolsToTheirLogin() {
        given().get(PORTAL + "/").then().statusCode(200).contentType(ContentType.HTML);

        String location = given().redirects().follow(false).get(PORTAL + "/school/me")
                .then().statusCode(302).extract().header("Location");
        assertThat(location).startsWith(KEYCLOAK + "/realms/sto-schools/protocol/openid-connect/auth");

        // The Location is already encoded; encoding it again would garble redirect_uri.
        String loginPage = given().urlEncodingEnabled(false).get(location).then().statusCode(200).extract().asString();
        assertThat(loginPage).contains("name=\"username\"", "name=\"password\"");
    }

    @Test
    @Order(7)
    void downFreesEveryPort() {
        assertThat(StoCommand.run("down")).as("exit code of ./sto down").isZero();
        List<Integer> busy = PORTS.stream().filter(port -> !isFree(port)).toList();
        assertThat(busy).as("ports still in use after ./sto down").isEmpty();
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
