package nl.sto.regions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.sto.commontest.Database;
import nl.sto.commontest.KafkaProbe;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.devstack.DevstackTestResource;

/** A broker that goes away costs delay, never data: registrations still succeed and their events follow. */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class OutboxBrokerOutageTest {

    @AfterEach
    void brokerIsBack() {
        if (!DevstackTestResource.kafka().isRunning()) {
            DevstackTestResource.kafka().restart();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200));
        }
    }

    @Test
    void registrationsDuringAnOutageArePublishedOnceWhenTheBrokerReturns() {
        String admin = Tokens.admin();
        DevstackTestResource.kafka().stop();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(503));

        String first = RegionRegistrationTest.uniqueCode();
        String second = RegionRegistrationTest.uniqueCode();
        RegionRegistrationTest.register(admin, first, "Tijdens storing 1").then().statusCode(201);
        RegionRegistrationTest.register(admin, second, "Tijdens storing 2").then().statusCode(201);
        // Each registration wrote two events (registered, admitted), all waiting in the outbox.
        assertThat(unsent(first) + unsent(second)).isEqualTo(4);

        DevstackTestResource.kafka().restart();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().when().get("/q/health/ready").then().statusCode(200));

        var events = KafkaProbe.awaitRecords(Topics.REGIONS,
                r -> first.equals(r.key()) || second.equals(r.key()), 4);
        assertThat(events).extracting(r -> r.key() + " " + KafkaProbe.header(r, "ce_type"))
                .containsExactlyInAnyOrder(first + " " + EventTypes.REGION_REGISTERED,
                        first + " " + EventTypes.REGION_ADMITTED, second + " " + EventTypes.REGION_REGISTERED,
                        second + " " + EventTypes.REGION_ADMITTED);
        await().atMost(Duration.ofSeconds(30)).until(() -> unsent(first) + unsent(second) == 0);
    }

    private static long unsent(String code) {
        return Database.count("SELECT count(*) FROM outbox_event WHERE subject = ? AND sent_at IS NULL", code);
    }
}
