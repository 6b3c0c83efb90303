package nl.sto.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;

import nl.sto.commontest.KafkaProbe;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.devstack.DevstackTestResource;

import org.junit.jupiter.api.Test;

/**
 * The owner of a monitor team's webhook subscription is told by e-mail when monitor-service pauses it: once per event,
 * in Dutch and English, with what failed and how to resume; the ministry and the monitor team read every notice with
 * its attempts (who may: {@link ReminderAccessMatrixTest}).
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class NoticeTest {

    @Test
    void thePausedSubscriptionsOwnerIsToldOnceWithWhatFailedAndHowToResume() {
        String owner = "owner-" + UUID.randomUUID() + "@monitor.example.org";
        String subscription = UUID.randomUUID().toString();
        String event = UUID.randomUUID().toString();
        paused(event, subscription, owner);

        String text = Mailbox.part(Mailbox.await(owner, 1).get(0), "text/plain");
        assertThat(Mailbox.subject(Mailbox.to(owner).get(0)))
                .isEqualTo("Webhook-abonnement gepauzeerd / Webhook subscription paused: https://hooks.example.org/sto");
        assertThat(text).contains("HTTP 503").contains("6 december 2026 om 10:00").contains("6 December 2026 at 10:00")
                .contains("/api/subscriptions/" + subscription + "/resume");
        Map<String, Object> notice = awaitNotice(event, "sent");
        assertThat(notice.get("recipient")).isEqualTo(owner);
        assertThat(notice.get("contentHash")).asString().hasSize(64);
        assertThat((List<?>) notice.get("attempts")).singleElement()
                .satisfies(attempt -> assertThat(((Map<?, ?>) attempt).get("outcome")).isEqualTo("sent"));

        paused(event, subscription, owner);
        KafkaProbe.awaitConsumed("notification-service.monitor-events", Topics.MONITOR);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4)).until(() -> Mailbox.to(owner).size() == 1);
    }

    @Test
    void anAddressThatCannotBeOneIsAPermanentFailureNotRetried() {
        String event = UUID.randomUUID().toString();
        paused(event, UUID.randomUUID().toString(), "not-an-address");

        Map<String, Object> notice = awaitNotice(event, "permanent-failure");
        assertThat(notice.get("statusReason")).isEqualTo("invalid address: not-an-address");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> ((List<?>) notice(event).get("attempts")).size() == 1);
    }

    private static void paused(String event, String subscription, String owner) {
        KafkaProbe.sendCloudEvent(Topics.MONITOR, event, EventTypes.SUBSCRIPTION_PAUSED, subscription, """
                {"subscriptionId":"%s","url":"https://hooks.example.org/sto","contactEmail":"%s",
                 "reason":"HTTP 503","failingSince":"2026-12-05T09:00:00Z","pausedAt":"2026-12-06T09:00:00Z"}"""
                .formatted(subscription, owner));
    }

    private static Map<String, Object> awaitNotice(String event, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> notice(event),
                notice -> notice != null && status.equals(notice.get("status")));
    }

    private static Map<String, Object> notice(String event) {
        return given().auth().oauth2(Tokens.monitor()).get("/api/notices").then().statusCode(200).extract()
                .as(new TypeRef<List<Map<String, Object>>>() { }).stream()
                .filter(notice -> event.equals(notice.get("eventId"))).findFirst().orElse(null);
    }
}
