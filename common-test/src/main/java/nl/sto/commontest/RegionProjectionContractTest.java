package nl.sto.commontest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;

/**
 * What every service that keeps the region projection must do with {@code sto.regions.v1}: apply each event
 * once, whatever the broker redelivers, and put what it cannot read on its dead-letter topic.
 * A service runs it by extending it in a {@code @QuarkusTest}.
 */
public abstract class RegionProjectionContractTest {

    /** The service's Kafka consumer group of the projection ({@code <application name>.region-projection}). */
    protected abstract String consumerGroup();

    @Test
    void registeredRegionAppearsInTheProjection() {
        String code = uniqueCode();
        KafkaProbe.sendCloudEvent(Topics.REGIONS, UUID.randomUUID().toString(), EventTypes.REGION_REGISTERED, code,
                "{\"code\":\"" + code + "\",\"name\":\"Regio " + code + "\"}");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.monitor()).when().get("/api/regions/known")
                        .then().statusCode(200).body("code", hasItem(code)));
    }

    @Test
    void redeliveredEventIsProjectedOnce() {
        String code = uniqueCode();
        String eventId = UUID.randomUUID().toString();
        KafkaProbe.sendCloudEvent(Topics.REGIONS, eventId, EventTypes.REGION_REGISTERED, code,
                "{\"code\":\"" + code + "\",\"name\":\"First delivery\"}");
        // The same event again, as a broker may redeliver it; its data differs so a second effect would show.
        KafkaProbe.sendCloudEvent(Topics.REGIONS, eventId, EventTypes.REGION_REGISTERED, code,
                "{\"code\":\"" + code + "\",\"name\":\"Second delivery\"}");

        KafkaProbe.awaitConsumed(consumerGroup(), Topics.REGIONS);

        assertThat(regionName(code)).isEqualTo("First delivery");
        assertThat(Database.count("SELECT count(*) FROM inbox_processed_event WHERE event_id = ?", eventId))
                .isEqualTo(1);
        assertThat(Database.count("SELECT count(*) FROM known_region WHERE code = ?", code)).isEqualTo(1);
    }

    @Test
    void unreadableEventGoesToTheDeadLetterTopicAndConsumingGoesOn() {
        String poisonId = UUID.randomUUID().toString();
        String code = uniqueCode();
        KafkaProbe.sendCloudEvent(Topics.REGIONS, poisonId, EventTypes.REGION_REGISTERED, code, "{not json");
        KafkaProbe.sendCloudEvent(Topics.REGIONS, UUID.randomUUID().toString(), EventTypes.REGION_REGISTERED, code,
                "{\"code\":\"" + code + "\",\"name\":\"After the poison\"}");

        var dead = KafkaProbe.awaitRecords(Topics.deadLetter(Topics.REGIONS, consumerGroup()),
                r -> poisonId.equals(KafkaProbe.header(r, "ce_id")), 1);
        assertThat(dead).hasSize(1);
        assertThat(KafkaProbe.header(dead.get(0), "dead-letter-reason")).contains("unreadable");
        await().atMost(Duration.ofSeconds(30)).until(() -> "After the poison".equals(regionName(code)));
    }

    private static String regionName(String code) {
        List<Map<String, String>> known = JsonPath.from(given().auth().oauth2(Tokens.monitor())
                .when().get("/api/regions/known").then().statusCode(200).extract().asString()).getList("$");
        return known.stream().filter(r -> code.equals(r.get("code"))).map(r -> r.get("name")).findFirst()
                .orElse(null);
    }

    private static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
