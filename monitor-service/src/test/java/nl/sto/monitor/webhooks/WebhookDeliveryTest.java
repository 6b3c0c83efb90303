package nl.sto.monitor.webhooks;

import static io.restassured.RestAssured.given;
import static nl.sto.monitor.webhooks.Subscriptions.awaitLogged;
import static nl.sto.monitor.webhooks.Subscriptions.awaitSubscription;
import static nl.sto.monitor.webhooks.Subscriptions.create;
import static nl.sto.monitor.webhooks.Subscriptions.deliveries;
import static nl.sto.monitor.webhooks.Subscriptions.delivery;
import static nl.sto.monitor.webhooks.Subscriptions.ofRegion;
import static nl.sto.monitor.webhooks.Subscriptions.publish;
import static nl.sto.monitor.webhooks.Subscriptions.soon;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import nl.sto.commontest.Database;
import nl.sto.commontest.KafkaProbe;
import nl.sto.commontest.RegionEvents;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.devstack.DevstackTestResource;
import nl.sto.monitor.webhooks.TestReceiver.Received;
import nl.sto.monitor.webhooks.TestReceiver.Reply;

import org.assertj.core.data.Offset;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Webhooks delivered to a real receiver: signed the Standard Webhooks way with the structured CloudEvent as the body,
 * filtered, retried, disabled by a 410, held off by Retry-After, not redirected, paused (and its owner told through the
 * outbox) after a whole schedule of failures, resent, replayed, signed twice during a rotation. The test profile's
 * retry schedule is 0.3, 0.6 and 0.9 s. Every test has a region of its own, as the log is shared by the tests of the
 * run.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestReceiver receiver;
    private String monitor;
    private String region;

    @BeforeEach
    void start() {
        receiver = TestReceiver.start();
        monitor = Tokens.monitor();
        region = RegionEvents.uniqueCode();
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void anEventIsPostedAsItsStructuredCloudEventWithTheStandardWebhooksHeadersAndAValidSignature() throws Exception {
        Subscriptions.Made made = create(monitor, receiver.url(), ofRegion(region));
        String eventId = publish(Topics.REPORTS, EventTypes.REPORT_SUBMITTED, region, null);

        Received received = receiver.awaitReceived(1).get(0);
        assertThat(received.contentType()).isEqualTo("application/cloudevents+json");
        assertThat(received.id()).isEqualTo(eventId);
        assertThat(Long.parseLong(received.timestamp())).isCloseTo(Instant.now().getEpochSecond(),
                Offset.offset(60L));
        assertThat(received.signatures()).hasSize(1).allMatch(signature -> signature.startsWith("v1,"));
        assertThat(TestReceiver.verifies(received, made.secret())).isTrue();
        assertThat(TestReceiver.verifies(received, WebhookSecret.generate())).isFalse();

        awaitLogged(monitor, region, 1);
        JsonNode logged = JSON.readTree(given().auth().oauth2(monitor).get("/api/events?region=" + region)
                .then().statusCode(200).extract().asString()).get(0);
        JsonNode body = JSON.readTree(received.body());
        assertThat(body).as("the event exactly as the log renders it").isEqualTo(logged);
        assertThat(body.path("specversion").asText()).isEqualTo("1.0");
        assertThat(body.path("position").asLong()).isPositive();
        assertThat(body.path("data").path("marker").asText()).isEqualTo(eventId);

        List<Map<String, Object>> log = soon().until(() -> deliveries(monitor, made.id(), ""),
                list -> !list.isEmpty() && "delivered".equals(list.get(0).get("status")));
        JsonPath detail = delivery(monitor, made.id(), (String) log.get(0).get("id"));
        assertThat(detail.getString("delivery.eventId")).isEqualTo(eventId);
        assertThat(detail.getInt("attempts[0].httpStatus")).isEqualTo(200);
        assertThat(detail.getInt("attempts[0].durationMs")).isNotNegative();
        JsonPath subscription = Subscriptions.subscription(monitor, made.id());
        assertThat(subscription.getLong("position")).isGreaterThanOrEqualTo(body.path("position").asLong());
        assertThat(subscription.getString("secret")).as("the secret is shown once").isNull();
    }

    @Test
    void onlyTheEventsTheFiltersPassAreDelivered() {
        String other = RegionEvents.uniqueCode();
        create(monitor, receiver.url(), """
                [{"any": [{"exact": {"region": "%s"}}, {"exact": {"subject": "%s"}}]},
                 {"prefix": {"type": "nl.sto.report."}},
                 {"not": {"suffix": {"type": ".accepted.v1"}}}]""".formatted(region, other));
        String submitted = publish(Topics.REPORTS, EventTypes.REPORT_SUBMITTED, region, null);
        publish(Topics.REPORTS, EventTypes.REPORT_ACCEPTED, region, null);
        publish(Topics.NOTIFICATIONS, EventTypes.REMINDER_SENT, region, null);
        publish(Topics.REPORTS, EventTypes.REPORT_SUBMITTED, RegionEvents.uniqueCode(), null);
        String returned = publish(Topics.REPORTS, EventTypes.REPORT_RETURNED, other, null);
        awaitLogged(monitor, region, 3);
        String last = publish(Topics.REPORTS, EventTypes.REPORT_SUBMITTED, region, null);

        soon().until(() -> receiver.received().stream().map(Received::id).toList().containsAll(List.of(last,
                returned)));
        assertThat(receiver.received()).extracting(Received::id).containsExactlyInAnyOrder(submitted, returned, last);
    }

    @Test
    void aFailedDeliveryIsRetriedWithTheSameIdUntilItSucceeds() {
        receiver.answer(n -> Reply.status(n == 1 ? 500 : 204));
        Subscriptions.Made made = create(monitor, receiver.url(), ofRegion(region));
        String eventId = publish(Topics.REPORTS, EventTypes.REPORT_SUBMITTED, region, null);

        List<Received> received = receiver.awaitReceived(2);
        assertThat(received).extracting(Received::id).containsExactly(eventId, eventId);
        assertThat(received).allMatch(r -> TestReceiver.verifies(r, made.secret()));
        List<Map<String, Object>> log = soon().until(() -> deliveries(monitor, made.id(), "?status=delivered"),
                list -> list.size() == 1);
        JsonPath detail = delivery(monitor, made.id(), (String) log.get(0).get("id"));
        assertThat(detail.getList("attempts.httpStatus", Integer.class)).containsExactly(500, 204);
        assertThat(detail.getInt("delivery.attempts")).isEqualTo(2);
        JsonPath subscription = Subscriptions.subscription(monitor, made.id());
        assertThat(subscription.getString("status")).isEqualTo("active");
        assertThat(subscription.getString("failingSince")).isNull();
        assertThat(subscription.getString("lastSuccessAt")).isNotNull();
    }

    @Test
    void a410DisablesTheSubscriptionWhichGoesOnFromWhereItStoppedWhenResumed() {
        receiver.answer(n -> Reply.status(n == 1 ? 410 : 200));
        Subscriptions.Made made = create(monitor, receiver.url(), ofRegion(region));
        String first = publish(Topics.REPORTS, EventTypes.REPORT_SUBMITTED, region, null);

        JsonPath disabled = awaitSubscription(monitor, made.id(), s -> "disabled".equals(s.getString("status")));
        assertThat(disabled.getString("statusReason")).contains("410");
        long stoppedAt = disabled.getLong("position");
        String second = publish(Topics.REPORTS, EventTypes.REPORT_ACCEPTED, region, null);
        awaitLogged(monitor, region, 2);
        assertThat(Subscriptions.subscription(monitor, made.id()).getLong("position")).isEqualTo(stoppedAt);
        assertThat(receiver.received()).extracting(Received::id).containsExactly(first);

        given().auth().oauth2(monitor).post("/api/subscriptions/" + made.id() + "/resume").then().statusCode(200);
        assertThat(receiver.awaitReceived(2)).extracting(Received::id).containsExactly(first, second);
        assertThat(Subscriptions.subscription(monitor, made.id()).getString("status")).isEqualTo("active");
    }

    @Test
    void retryAfterOfA429PutsTheNextAttemptNoEarlierThanItAsks() {
        receiver.answer(n -> n == 1 ? new Reply(429, "Retry-After", "2") : Reply.status(200));
        create(monitor, receiver.url(), ofRegion(region));
        publish(Topics.REPORTS, EventTypes.REPORT_SUBMITTED, region, null);

        List<Received> received = receiver.awaitReceived(2);
        assertThat(Duration.between(received.get(0).at(), received.get(1).at()))
                .as("the test schedule alone would retry after 0.3 s").isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    }

    @Test
    void aRedirectIsAFailureAndIsNotFollowed() {
        receiver.answer(n -> n == 1 ? new Reply(302, "Location", "http://127.0.0.1:" + receiver.port() + "/elsewhere")
                : Reply.status(200));
        Subscriptions.Made made = create(monitor, receiver.url(), ofRegion(region));
        publish(Topics.REPORTS, EventTypes.REPORT_SUBMITTED, region, null);

        List<Map<String, Object>> log = soon().until(() -> deliveries(monitor, made.id(), "?status=delivered"),
                list -> list.size() == 1);
        assertThat(receiver.received()).extracting(Received::path).containsExactly("/hook", "/hook");
        assertThat(delivery(monitor, made.id(), (String) log.get(0).get("id"))
                .getList("attempts.httpStatus", Integer.class)).containsExactly(302, 200);
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeOrIsNotThereIsAFailureWithTheReason() {
        receiver.answer(n -> n == 1 ? Reply.NONE : Reply.status(200));
        Subscriptions.Made slow = create(monitor, receiver.url(), ofRegion(region));
        TestReceiver gone = TestReceiver.start();
        String away = gone.url();
        gone.close();
        String other = RegionEvents.uniqueCode();
        Subscriptions.Made absent = create(monitor, away, ofRegion(other));
        publish(Topics.REPORTS, EventTypes.REPORT_SUBMITTED, region, null);
        publish(Topics.REPORTS, EventTypes.REPORT_SUBMITTED, other, null);

        List<Map<String, Object>> retried = soon().until(() -> deliveries(monitor, slow.id(), "?status=delivered"),
                list -> list.size() == 1);
        JsonPath attempts = delivery(monitor, slow.id(), (String) retried.get(0).get("id"));
        assertThat(attempts.getString("attempts[0].error")).contains("no answer within 1000 ms");
        assertThat(attempts.getString("attempts[0].httpStatus")).isNull();
        assertThat(attempts.getInt("attempts[1].httpStatus")).isEqualTo(200);
        List<Map<String, Object>> failing = soon().until(() -> deliveries(monitor, absent.id(), ""),
                list -> !list.isEmpty());
        assertThat(delivery(monitor, absent.id(), (String) failing.get(0).get("id")).getString("attempts[0].error"))
                .containsIgnoringCase("refused");
    }

    @Test
    void failingThroughTheWholeSchedulePausesTheSubscriptionAndTellsItsOwner() {
        receiver.answer(n -> Reply.status(500));
        Subscriptions.Made made = create(monitor, receiver.url(), ofRegion(region));
        publish(Topics.REPORTS, EventTypes.REPORT_SUBMITTED, region, null);

        JsonPath paused = awaitSubscription(monitor, made.id(), s -> "paused".equals(s.getString("status")));
        assertThat(paused.getString("statusReason")).contains("HTTP 500");
        assertThat(paused.getString("failingSince")).isNotNull();
        assertThat(receiver.received()).as("the first attempt and the three retries of the test schedule").hasSize(4);
        assertThat(Database.count("SELECT count(*) FROM outbox_event WHERE type = ? AND topic = ? AND payload LIKE ?",
                EventTypes.SUBSCRIPTION_PAUSED, Topics.MONITOR, "%" + made.id() + "%")).isEqualTo(1);
        var records = KafkaProbe.awaitRecords(Topics.MONITOR,
                record -> record.value().contains(made.id()), 1);
        assertThat(records).hasSize(1);
        assertThat(KafkaProbe.header(records.get(0), "ce_type")).isEqualTo(EventTypes.SUBSCRIPTION_PAUSED);
        assertThat(records.get(0).value()).contains("monitor@example.org").contains(receiver.url());

        receiver.answer(n -> Reply.status(200));
        given().auth().oauth2(monitor).post("/api/subscriptions/" + made.id() + "/resume").then().statusCode(200)
                .body("status", Matchers.equalTo("active"));
        String next = publish(Topics.REPORTS, EventTypes.REPORT_ACCEPTED, region, null);
        soon().until(() -> receiver.received().stream().anyMatch(r -> r.id().equals(next)));
    }

    @Test
    void aResendIsANewDeliveryOfTheSameEventWithTheSameId() {
        Subscriptions.Made made = create(monitor, receiver.url(), ofRegion(region));
        String eventId = publish(Topics.REPORTS, EventTypes.REPORT_SUBMITTED, region, null);
        receiver.awaitReceived(1);
        String original = (String) soon().until(() -> deliveries(monitor, made.id(), "?status=delivered"),
                list -> list.size() == 1).get(0).get("id");

        given().auth().oauth2(monitor).post("/api/subscriptions/" + made.id() + "/deliveries/" + original + "/resend")
                .then().statusCode(202).body("cause", Matchers.equalTo("resend"));

        assertThat(receiver.awaitReceived(2)).extracting(Received::id).containsExactly(eventId, eventId);
        List<Map<String, Object>> log = soon().until(() -> deliveries(monitor, made.id(), "?status=delivered"),
                list -> list.size() == 2);
        assertThat(log).extracting(d -> d.get("cause")).as("newest first").containsExactly("resend", "live");
    }

    @Test
    void aReplayDeliversAgainEveryEventFromATimeOrAPositionThatTheFiltersPass() {
        OffsetDateTime t0 = OffsetDateTime.parse("2091-03-01T09:00:00Z");
        String before = publish(Topics.REPORTS, EventTypes.REPORT_SUBMITTED, region, t0.minusDays(1));
        String at = publish(Topics.REPORTS, EventTypes.REPORT_ACCEPTED, region, t0);
        String after = publish(Topics.REGULATION, EventTypes.DEADLINE_CHANGED, region, t0.plusDays(1));
        List<Map<String, Object>> logged = awaitLogged(monitor, region, 3);
        long firstPosition = logged.stream().mapToLong(e -> ((Number) e.get("position")).longValue()).min()
                .orElseThrow();
        Subscriptions.Made made = create(monitor, receiver.url(), ofRegion(region));

        String replay = replay(made.id(), "{\"since\": \"" + t0 + "\"}");
        assertThat(receiver.awaitReceived(2)).extracting(Received::id).containsExactlyInAnyOrder(at, after);
        JsonPath done = awaitReplayDone(made.id(), replay);
        assertThat(done.getLong("done")).isEqualTo(done.getLong("total"));
        assertThat(done.getLong("sent")).isEqualTo(2);

        String again = replay(made.id(), "{\"fromPosition\": " + firstPosition + "}");
        assertThat(receiver.awaitReceived(5).subList(2, 5)).extracting(Received::id)
                .containsExactlyInAnyOrder(before, at, after);
        assertThat(awaitReplayDone(made.id(), again).getLong("sent")).isEqualTo(3);
        assertThat(deliveries(monitor, made.id(), "")).extracting(d -> d.get("cause")).containsOnly("replay");
    }

    @Test
    void duringARotationDeliveriesCarryTheSignaturesOfTheOldAndTheNewSecret() {
        Subscriptions.Made made = create(monitor, receiver.url(), ofRegion(region));
        JsonPath rotated = given().auth().oauth2(monitor).post("/api/subscriptions/" + made.id() + "/secret")
                .then().statusCode(200).extract().jsonPath();
        String newSecret = rotated.getString("secret");
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(made.secret());
        assertThat(OffsetDateTime.parse(rotated.getString("previousSecretValidUntil")))
                .isAfter(OffsetDateTime.now().plusHours(23));
        publish(Topics.REPORTS, EventTypes.REPORT_SUBMITTED, region, null);

        Received received = receiver.awaitReceived(1).get(0);
        assertThat(received.signatures()).hasSize(2);
        assertThat(TestReceiver.verifies(received, made.secret())).isTrue();
        assertThat(TestReceiver.verifies(received, newSecret)).isTrue();
    }

    private String replay(String id, String body) {
        return given().auth().oauth2(monitor).contentType(ContentType.JSON).body(body)
                .post("/api/subscriptions/" + id + "/replay").then().statusCode(202).extract().path("id");
    }

    private JsonPath awaitReplayDone(String id, String replay) {
        return soon().until(
                () -> Subscriptions.get(monitor, "/api/subscriptions/" + id + "/replays/" + replay),
                progress -> "done".equals(progress.getString("status")));
    }
}
