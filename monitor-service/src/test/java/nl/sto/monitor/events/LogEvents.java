package nl.sto.monitor.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.sto.commontest.KafkaProbe;
import nl.sto.monitor.LogEventData;
import nl.sto.commontest.Tokens;

/** Publishes events the way the other services do (a CloudEvent on their topic), and reads the log as the monitor. */
final class LogEvents {

    private LogEvents() {
    }

    /** A new event of {@code type} for {@code region}; its id is returned. {@code time} may be null. */
    static String publish(String topic, String type, String region, OffsetDateTime time) {
        String id = UUID.randomUUID().toString();
        publish(topic, id, type, region, time);
        return id;
    }

    /** An event with the given id: published again, it is a redelivery. */
    static void publish(String topic, String id, String type, String region, OffsetDateTime time) {
        KafkaProbe.sendCloudEvent(topic, id, type, region, time, LogEventData.of(region, id));
    }

    /** {@code GET /api/events?<query>} as the monitor team; the query as it goes on the request line. */
    static List<Map<String, Object>> events(String query) {
        return events(Tokens.monitor(), query);
    }

    /** The events the query finds once there are {@code count} of them. */
    static List<Map<String, Object>> awaitEvents(String query, int count) {
        String token = Tokens.monitor();
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> events(token, query), events -> events.size() >= count);
    }

    private static List<Map<String, Object>> events(String token, String query) {
        return given().auth().oauth2(token).urlEncodingEnabled(false).get("/api/events?" + query)
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    static List<String> ids(List<Map<String, Object>> events) {
        return events.stream().map(event -> (String) event.get("id")).toList();
    }

    static long position(Map<String, Object> event) {
        return ((Number) event.get("position")).longValue();
    }
}
