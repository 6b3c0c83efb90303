package nl.sto.monitor.webhooks;

import static io.restassured.RestAssured.given;
import static nl.sto.monitor.webhooks.Subscriptions.create;
import static nl.sto.monitor.webhooks.Subscriptions.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import nl.sto.commontest.Database;
import nl.sto.commontest.Tokens;
import nl.sto.devstack.DevstackTestResource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The subscriptions API's answers to bad input (400 naming the field, never a 500), to URLs that lead where a webhook
 * may not go (400 saying why), to unknown and other people's subscriptions (404), and who sees which subscriptions.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class WebhookApiTest {

    private static final String NOTHING = "[{\"exact\": {\"type\": \"nl.sto.test.nothing\"}}]";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "http://10.0.0.1/hook | private",
        "http://172.16.5.4/hook | private",
        "http://192.168.1.1/hook | private",
        "http://100.64.1.1/hook | shared",
        "http://169.254.169.254/latest/meta-data/ | link-local",
        "http://127.0.0.2:8080/ | loopback",
        "http://0.0.0.0:8080/ | any-local",
        "http://224.0.0.1/ | multicast",
        "http://[fd00::1]/hook | private",
        "http://[::ffff:10.0.0.1]/hook | private",
        "ftp://example.org/hook | http or https",
        "file:///etc/passwd | http or https",
        "https://user:secret@example.org/ | user name or password",
        "not a url | not a URL"})
    void aUrlThatLeadsWhereAWebhookMayNotGoIsRefusedSayingWhy(String url, String why) {
        long before = Database.count("SELECT count(*) FROM webhook_subscription");
        post(Tokens.monitor(), url, "[]").then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("url")).body("detail", containsString(why));
        assertThat(Database.count("SELECT count(*) FROM webhook_subscription")).isEqualTo(before);
    }

    @Test
    void loopbackIsAllowedInTestsAsLocalhostOr127001() {
        post(Tokens.monitor(), "http://127.0.0.1:9/hook", NOTHING).then().statusCode(201)
                .body("secret", startsWith("whsec_")).body("status", equalTo("active"));
        post(Tokens.monitor(), "http://localhost:9/hook", NOTHING).then().statusCode(201);
        post(Tokens.monitor(), "http://[::1]:9/hook", NOTHING).then().statusCode(201);
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        given().auth().oauth2(Tokens.monitor()).contentType(ContentType.JSON).body("""
                {"url": "gopher://x/", "description": "%s", "contactEmail": "nobody",
                 "filters": [{"between": {"type": "x"}}, {"exact": {"colour": "red"}}]}""".formatted("d".repeat(501)))
                .post("/api/subscriptions").then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", equalTo(List.of("url", "description", "contactEmail", "filters[0].between",
                        "filters[1].exact.colour")));
        given().auth().oauth2(Tokens.monitor()).contentType(ContentType.JSON)
                .body("{\"url\": \"http://127.0.0.1:9/\", \"contactEmail\": \"a@b.nl\", \"filters\": {\"exact\": {}}}")
                .post("/api/subscriptions").then().statusCode(400).body("errors.field", hasItem("filters"));
        given().auth().oauth2(Tokens.monitor()).contentType(ContentType.JSON)
                .body("{\"url\": \"http://127.0.0.1:9/\", \"contactEmail\": \"a@b.nl\", \"secret\": \"whsec_x\"}")
                .post("/api/subscriptions").then().statusCode(400).body("errors.field", hasItem("secret"));
    }

    @Test
    void aReplayNeedsATimeOrAPosition() {
        String id = create(Tokens.monitor(), "http://127.0.0.1:9/hook", NOTHING).id();
        replay(id, "{}").statusCode(400).body("errors.field", hasItem("since"));
        replay(id, "{\"since\": \"2024-03-01T09:00:00Z\", \"fromPosition\": 3}").statusCode(400);
        replay(id, "{\"since\": \"yesterday\"}").statusCode(400).body("errors.field", hasItem("since"));
        replay(id, "{\"fromPosition\": 0}").statusCode(400).body("errors.field", hasItem("fromPosition"));
        replay(id, "{\"fromPosition\": 999999999}").statusCode(202).body("status", equalTo("done"))
                .body("total", equalTo(0));
    }

    @Test
    void deliveriesAreListedByStatusAndPage() {
        String id = create(Tokens.monitor(), "http://127.0.0.1:9/hook", NOTHING).id();
        given().auth().oauth2(Tokens.monitor()).get("/api/subscriptions/" + id + "/deliveries?status=lost")
                .then().statusCode(400).body("errors.field", hasItem("status"));
        given().auth().oauth2(Tokens.monitor()).get("/api/subscriptions/" + id + "/deliveries?page=-1")
                .then().statusCode(400).body("errors.field", hasItem("page"));
        given().auth().oauth2(Tokens.monitor()).get("/api/subscriptions/" + id + "/deliveries?status=failed&size=5")
                .then().statusCode(200).body("size()", equalTo(0));
        given().auth().oauth2(Tokens.monitor()).get("/api/subscriptions/" + id + "/deliveries/" + UUID.randomUUID())
                .then().statusCode(404).contentType(startsWith("application/problem+json"));
    }

    @Test
    void aSubscriptionIsSeenByItsCreatorAndByMinistryAdminsOnly() {
        String monitors = create(Tokens.monitor(), "http://127.0.0.1:9/monitor", NOTHING).id();
        String admins = create(Tokens.admin(), "http://127.0.0.1:9/admin", NOTHING).id();

        given().auth().oauth2(Tokens.monitor()).get("/api/subscriptions/" + admins).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(Tokens.monitor()).delete("/api/subscriptions/" + admins).then().statusCode(404);
        given().auth().oauth2(Tokens.admin()).get("/api/subscriptions/" + monitors).then().statusCode(200);
        assertThat(given().auth().oauth2(Tokens.monitor()).get("/api/subscriptions").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class)).contains(monitors).doesNotContain(admins);
        assertThat(given().auth().oauth2(Tokens.admin()).get("/api/subscriptions").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class)).contains(monitors, admins);
        given().auth().oauth2(Tokens.monitor()).get("/api/subscriptions/" + UUID.randomUUID()).then().statusCode(404);

        given().auth().oauth2(Tokens.monitor()).delete("/api/subscriptions/" + monitors).then().statusCode(204);
        given().auth().oauth2(Tokens.monitor()).get("/api/subscriptions/" + monitors).then().statusCode(404);
    }

    private static ValidatableResponse replay(String id, String body) {
        return given().auth().oauth2(Tokens.monitor()).contentType(ContentType.JSON).body(body)
                .post("/api/subscriptions/" + id + "/replay").then();
    }
}
