package nl.sto.monitor.webhooks;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import org.awaitility.core.ConditionFactory;

import nl.sto.commontest.KafkaProbe;
import nl.sto.monitor.LogEventData;

/** The subscriptions API as a test uses it, and events put into the log the way the other services do. */
final class Subscriptions {

    /** A subscription as made: its id and its secret, shown once. */
    record Made(String id, String secret) {
    }

    private Subscriptions() {
    }

    /** Long enough for an event to go through Kafka, the log and a delivery while the consumers are still starting. */
    static ConditionFactory soon() {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100));
    }

    static Response post(String token, String url, String filters) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"url": "%s", "description": "test", "contactEmail": "monitor@example.org", "filters": %s}"""
                .formatted(url, filters)).post("/api/subscriptions");
    }

    static Made create(String token, String url, String filters) {
        JsonPath made = post(token, url, filters).then().statusCode(201).extract().jsonPath();
        return new Made(made.getString("id"), made.getString("secret"));
    }

    /** Events of one region only: each test has regions of its own, as the log is shared by the tests of the run. */
    static String ofRegion(String region) {
        return "[{\"exact\": {\"region\": \"" + region + "\"}}]";
    }

    static JsonPath get(String token, String path) {
        return given().auth().oauth2(token).get(path).then().statusCode(200).extract().jsonPath();
    }

    static JsonPath subscription(String token, String id) {
        return get(token, "/api/subscriptions/" + id);
    }

    static JsonPath awaitSubscription(String token, String id, Predicate<JsonPath> until) {
        return soon().until(() -> subscription(token, id), until);
    }

    static List<Map<String, Object>> deliveries(String token, String id, String query) {
        return get(token, "/api/subscriptions/" + id + "/deliveries" + query).getList("$");
    }

    static JsonPath delivery(String token, String id, String deliveryId) {
        return get(token, "/api/subscriptions/" + id + "/deliveries/" + deliveryId);
    }

    /** A new event of the log (published on its topic, as another service does); its id. */
    static String publish(String topic, String type, String region, OffsetDateTime time) {
        String id = UUID.randomUUID().toString();
        KafkaProbe.sendCloudEvent(topic, id, type, region, time, LogEventData.of(region, id));
        return id;
    }

    /** The log's events of the region, once there are {@code count} of them. */
    static List<Map<String, Object>> awaitLogged(String token, String region, int count) {
        return soon().until(() -> given().auth().oauth2(token).get("/api/events?region=" + region + "&limit=1000")
                        .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$"),
                        events -> events.size() >= count);
    }
}
