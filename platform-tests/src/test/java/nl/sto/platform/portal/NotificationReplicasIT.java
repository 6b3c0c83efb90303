package nl.sto.platform.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import nl.sto.devstack.KeycloakTokens;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two notification-service processes against one database, as two replicas in a cluster: the platform's own and a
 * second one started from the same build with the same configuration. A region's reminders are held back (paused)
 * while its contacts join, then released at once, so that both replicas find the same pile of due messages; each
 * message still reaches its recipient exactly once.
 */
@ExtendWith(RunningPlatform.class)
class NotificationReplicasIT {

    private static final String REPORTS = "http://127.0.0.1:8082";
    private static final int CONTACTS = 120;

    private static SecondReplica second;

    @BeforeAll
    static void startSecondReplica() {
        second = SecondReplica.start(8094);
    }

    @AfterAll
    static void stopSecondReplica() {
        if (second != null) {
            second.stop();
        }
    }

    @Test
    void twoReplicasSendEachMessageOfAPileDueAtOnceExactlyOnce() {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
        String region = "RX" + run;
        RegionsApi.register(region, "Replica test " + run);
        List<String> obligations = awaitObligationsAhead(region);
        pause(region);
        String domain = "replicas-" + run.toLowerCase(Locale.ROOT) + ".example.org";
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < CONTACTS; i++) {
            addresses.add("contact" + i + "@" + domain);
            RegionsApi.addContact(region, "Contact " + i, addresses.get(i), "Test", i % 2 == 0 ? "nl" : "en");
        }
        int expected = CONTACTS * obligations.size();
        await().atMost(Duration.ofSeconds(120)).until(() -> announcements(region, "scheduled") == expected);
        double sentByFirst = SecondReplica.handledBy(RunningPlatform.NOTIFICATIONS);
        double sentBySecond = SecondReplica.handledBy(second.url());

        resume(region);

        await().atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofSeconds(2))
                .until(() -> announcements(region, "sent") == expected);
        for (String address : addresses) {
            assertThat(mailTo(address)).as("messages to " + address).isEqualTo(obligations.size());
        }
        double byFirst = SecondReplica.handledBy(RunningPlatform.NOTIFICATIONS) - sentByFirst;
        double bySecond = SecondReplica.handledBy(second.url()) - sentBySecond;
        String split = "%d messages: %.0f handed over by the platform's replica, %.0f by the second"
                .formatted(expected, byFirst, bySecond);
        assertThat(byFirst).as(split).isPositive();
        assertThat(bySecond).as(split).isPositive();
        assertThat(byFirst + bySecond).as(split).isEqualTo(expected);
    }

    /**
     * The obligations reports-service gave the new region that are still ahead, so worth an announcement. Until
     * reports-service has read the region's registration it answers 404 for it, so that counts as none yet.
     */
    private static List<String> awaitObligationsAhead(String region) {
        String today = LocalDate.now().toString();
        return await().atMost(Duration.ofSeconds(120)).until(() -> obligationsAhead(region, today),
                ids -> !ids.isEmpty());
    }

    private static List<String> obligationsAhead(String region, String today) {
        var response = given().auth().oauth2(admin()).get(REPORTS + "/api/regions/" + region + "/obligations");
        if (response.statusCode() == 404) {
            return List.of();
        }
        return response.then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.dueDate >= '" + today + "' }.id", String.class);
    }

    private static long announcements(String region, String status) {
        return given().auth().oauth2(admin()).get(RunningPlatform.NOTIFICATIONS + "/api/regions/" + region
                + "/reminders").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.step == 'announcement' && it.status == '" + status + "' }").size();
    }

    /** Once notification-service knows the new region. */
    private static void pause(String region) {
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(admin())
                .contentType(ContentType.JSON)
                .body(Map.of("reason", "Replica test: held back until every contact is in"))
                .put(RunningPlatform.NOTIFICATIONS + "/api/regions/" + region + "/reminder-pause")
                .statusCode() == 200);
    }

    private static void resume(String region) {
        given().auth().oauth2(admin()).delete(RunningPlatform.NOTIFICATIONS + "/api/regions/" + region
                + "/reminder-pause").then().statusCode(200);
    }

    private static int mailTo(String address) {
        return given().get("http://127.0.0.1:8025/api/user/" + address + "/messages/").then().statusCode(200)
                .extract().jsonPath().getList("").size();
    }

    private static String admin() {
        return KeycloakTokens.accessToken(RunningPlatform.KEYCLOAK, "sto-ministry", "admin");
    }
}
