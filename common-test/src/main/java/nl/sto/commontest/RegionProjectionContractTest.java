package nl.sto.commontest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;

import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;

/**
 * What every service that keeps the region projection must do with {@code sto.regions.v1}: apply each event
 * once, whatever the broker redelivers, put what it cannot read on its dead-letter topic, and let the partner
 * events decide who may act for which region in this service.
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
        assertThat(Database.count("SELECT count(*) FROM inbox_processed_event WHERE event_id = ? AND consumer = ?",
                eventId, "region-projection")).isEqualTo(1);
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

    @Test
    void partnerEventsDecideWhoMayActForTheRegionHere() {
        String code = uniqueCode();
        String membership = UUID.randomUUID().toString();
        registerWithLeadR01(code, membership);

        String myRole = "/api/regions/" + code + "/my-role";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(Tokens.leadR01()).when().get(myRole)
                        .then().statusCode(200).body("role", is("lead")));
        given().auth().oauth2(Tokens.schoolR02()).when().get(myRole).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(Tokens.businessR01()).when().get(myRole).then().statusCode(403);
        given().auth().oauth2(Tokens.monitor()).when().get(myRole).then().statusCode(200).body("role", is("monitor"));
        given().auth().oauth2(Tokens.reviewer()).when().get(myRole).then().statusCode(200).body("role", is("ministry"));
        given().when().get(myRole).then().statusCode(401);
        given().auth().oauth2(Tokens.admin()).when().get("/api/regions/NOPE99/my-role").then().statusCode(404);

        KafkaProbe.sendCloudEvent(Topics.REGIONS, UUID.randomUUID().toString(), EventTypes.PARTNER_LEFT, code, """
                {"membershipId":"%s","regionCode":"%s","organisationCode":"41509","leftOn":"%s"}"""
                .formatted(membership, code, LocalDate.now(ZoneId.of("Europe/Amsterdam"))));
        eventually(Tokens.leadR01(), myRole, 403);
    }

    /** Another replica, or an operator, changes the tables: the check here, answered from memory, follows. */
    @Test
    void aChangeMadeInTheDatabaseReachesTheCheck() {
        String code = uniqueCode();
        String membership = UUID.randomUUID().toString();
        registerWithLeadR01(code, membership);
        String myRole = "/api/regions/" + code + "/my-role";
        eventually(Tokens.leadR01(), myRole, 200);

        Database.update("UPDATE region_access SET left_on = current_date WHERE membership_id = ?", membership);
        eventually(Tokens.leadR01(), myRole, 403);

        Database.update("UPDATE region_access SET left_on = NULL WHERE membership_id = ?", membership);
        eventually(Tokens.leadR01(), myRole, 200);

        Database.update("DELETE FROM region_access WHERE membership_id = ?", membership);
        Database.update("DELETE FROM known_region WHERE code = ?", code);
        eventually(Tokens.monitor(), myRole, 404);
    }

    private static void eventually(String token, String path, int status) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(token).when().get(path).then().statusCode(status));
    }

    /** The region registered, and lead-r01's board its lead through {@code membership}. */
    private static void registerWithLeadR01(String code, String membership) {
        KafkaProbe.sendCloudEvent(Topics.REGIONS, UUID.randomUUID().toString(), EventTypes.REGION_REGISTERED, code,
                "{\"code\":\"" + code + "\",\"name\":\"Regio " + code + "\",\"tranche\":\"1\"}");
        KafkaProbe.sendCloudEvent(Topics.REGIONS, UUID.randomUUID().toString(), EventTypes.PARTNER_JOINED, code, """
                {"membershipId":"%s","regionCode":"%s","identifierType":"BOARD","identifier":"41509",
                 "organisationCode":"41509","name":"Hondsrug College","role":"lead","joinedOn":"2020-03-01"}"""
                .formatted(membership, code));
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
