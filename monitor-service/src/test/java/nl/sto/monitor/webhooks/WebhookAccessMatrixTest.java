package nl.sto.monitor.webhooks;

import static io.restassured.RestAssured.given;
import static nl.sto.commontest.AccessMatrix.expect;
import static nl.sto.monitor.webhooks.Subscriptions.create;
import static nl.sto.monitor.webhooks.Subscriptions.deliveries;
import static nl.sto.monitor.webhooks.Subscriptions.ofRegion;
import static nl.sto.monitor.webhooks.Subscriptions.publish;
import static nl.sto.monitor.webhooks.Subscriptions.soon;

import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import nl.sto.commontest.AccessMatrix;
import nl.sto.commontest.RegionEvents;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.devstack.DevstackTestResource;

import org.junit.jupiter.api.Test;

/**
 * Every subscriptions endpoint, called by every demo user and by nobody: only the monitor team and ministry-admins
 * subscribe; the subscription used is the monitor's, which a ministry-admin manages too. Where a call changes what the
 * next one meets (a deletion), each user gets a subscription of their own to call it on.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class WebhookAccessMatrixTest {

    private static final String NOTHING = "[{\"exact\": {\"type\": \"nl.sto.test.nothing\"}}]";

    @Test
    void everyEndpointAnswersEveryUserAsExpected() {
        AccessMatrix matrix = new AccessMatrix();
        String monitor = matrix.token("monitor");
        String region = RegionEvents.uniqueCode();
        try (TestReceiver receiver = TestReceiver.start()) {
            String id = create(monitor, receiver.url(), ofRegion(region)).id();
            publish(Topics.REPORTS, EventTypes.REPORT_SUBMITTED, region, null);
            String delivery = (String) soon().until(() -> deliveries(monitor, id, "?status=delivered"),
                    list -> !list.isEmpty()).get(0).get("id");
            String base = "/api/subscriptions/" + id;
            String body = """
                    {"url": "%s", "contactEmail": "monitor@example.org", "filters": %s}""".formatted(receiver.url(),
                    NOTHING);

            matrix.check("POST /api/subscriptions", (t, u) -> t.contentType(ContentType.JSON).body(body)
                    .post("/api/subscriptions"), expect(403, 403, 403, 201, 403, 201));
            matrix.check("GET /api/subscriptions", (t, u) -> t.get("/api/subscriptions"),
                    expect(403, 403, 403, 200, 403, 200));
            matrix.check("GET /api/subscriptions/{id}", (t, u) -> t.get(base), expect(403, 403, 403, 200, 403, 200));
            matrix.check("POST .../resume", (t, u) -> t.post(base + "/resume"), expect(403, 403, 403, 200, 403, 200));
            matrix.check("POST .../secret", (t, u) -> t.post(base + "/secret"), expect(403, 403, 403, 200, 403, 200));
            matrix.check("GET .../deliveries", (t, u) -> t.get(base + "/deliveries"),
                    expect(403, 403, 403, 200, 403, 200));
            matrix.check("GET .../deliveries/{deliveryId}", (t, u) -> t.get(base + "/deliveries/" + delivery),
                    expect(403, 403, 403, 200, 403, 200));
            matrix.check("POST .../deliveries/{deliveryId}/resend",
                    (t, u) -> t.post(base + "/deliveries/" + delivery + "/resend"),
                    expect(403, 403, 403, 202, 403, 202));
            matrix.check("POST .../replay", (t, u) -> t.contentType(ContentType.JSON)
                    .body("{\"fromPosition\": 999999999}").post(base + "/replay"),
                    expect(403, 403, 403, 202, 403, 202));
            String replay = given().auth().oauth2(monitor).contentType(ContentType.JSON)
                    .body("{\"fromPosition\": 999999999}")
                    .post(base + "/replay").then().statusCode(202).extract().path("id");
            matrix.check("GET .../replays/{replayId}", (t, u) -> t.get(base + "/replays/" + replay),
                    expect(403, 403, 403, 200, 403, 200));
            matrix.check("DELETE /api/subscriptions/{id}",
                    (t, u) -> t.delete("/api/subscriptions/" + subscriptionOf(monitor, receiver)),
                    expect(403, 403, 403, 204, 403, 204));
            matrix.check("GET unknown subscription", (t, u) -> t.get("/api/subscriptions/" + UUID.randomUUID()),
                    expect(403, 403, 403, 404, 403, 404));

            String admins = create(Tokens.admin(), receiver.url(), NOTHING).id();
            matrix.check("GET the admin's subscription", (t, u) -> t.get("/api/subscriptions/" + admins),
                    expect(403, 403, 403, 200, 403, 404));
            matrix.check("POST resume on the admin's subscription",
                    (t, u) -> t.post("/api/subscriptions/" + admins + "/resume"),
                    expect(403, 403, 403, 200, 403, 404));

            matrix.assertAllAsExpected();
        }
    }

    private static String subscriptionOf(String monitor, TestReceiver receiver) {
        return create(monitor, receiver.url(), NOTHING).id();
    }
}
