package nl.sto.monitor.events;

import static io.restassured.RestAssured.given;
import static nl.sto.monitor.events.LogEvents.awaitEvents;
import static nl.sto.monitor.events.LogEvents.ids;
import static nl.sto.monitor.events.LogEvents.position;
import static nl.sto.monitor.events.LogEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import jakarta.inject.Inject;

import nl.sto.commontest.AccessMatrix;
import nl.sto.commontest.RegionEvents;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.devstack.DevstackTestResource;

import org.junit.jupiter.api.Test;

/**
 * The live stream, over real HTTP as a browser's EventSource reads it: events published on Kafka after connecting
 * arrive, filtered by type and region; a client that reconnects with {@code Last-Event-ID} receives exactly what it
 * missed; a heartbeat keeps a quiet stream going; a stream ends when its client goes; who may follow it; and a
 * subscriber that stops reading is dropped while the others keep up.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class EventStreamTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EventStream stream;

    @Test
    void eventsPublishedAfterConnectingArriveFilteredByTypeAndRegion() throws Exception {
        String a = RegionEvents.uniqueCode();
        String b = RegionEvents.uniqueCode();
        try (SseClient client = connected("?type=nl.sto.report.*&region=" + a, null)) {
            String submitted = publish(Topics.REPORTS, EventTypes.REPORT_SUBMITTED, a, null);
            await().atMost(Duration.ofSeconds(5)).until(() -> client.events().size() == 1);
            publish(Topics.REGULATION, EventTypes.DEADLINE_CHANGED, a, null);
            publish(Topics.REPORTS, EventTypes.REPORT_ACCEPTED, b, null);
            String returned = publish(Topics.REPORTS, EventTypes.REPORT_RETURNED, a, null);

            await().until(() -> client.events().size() >= 2);
            List<Map<String, Object>> logged = awaitEvents("region=" + a + "&region=" + b, 4);
            assertThat(client.events()).as("only the reports of region A").hasSize(2);
            assertSent(client.events().get(0), logged, submitted);
            assertSent(client.events().get(1), logged, returned);
        }
    }

    @Test
    void aClientThatReconnectsWithLastEventIdReceivesExactlyWhatItMissed() throws Exception {
        String region = RegionEvents.uniqueCode();
        String lastEventId;
        try (SseClient client = connected("?region=" + region, null)) {
            publish(Topics.NOTIFICATIONS, EventTypes.REMINDER_SENT, region, null);
            await().until(() -> client.events().size() == 1);
            lastEventId = client.events().get(0).id();
        }
        List<String> published = List.of(publish(Topics.REPORTS, EventTypes.REPORT_SUBMITTED, region, null),
                publish(Topics.REGULATION, EventTypes.DEADLINE_CHANGED, region, null));
        // Two topics are consumed side by side: the log, not the order of publishing, says which came first.
        List<String> missed = awaitEvents("region=" + region, 3).stream().map(event -> (String) event.get("id"))
                .filter(published::contains).toList();

        try (SseClient client = connected("?region=" + region, lastEventId)) {
            assertThat(client.comments()).contains("events after position " + lastEventId);
            await().until(() -> client.events().size() == 2);
            String live = publish(Topics.REPORTS, EventTypes.REPORT_ACCEPTED, region, null);
            await().until(() -> client.events().size() >= 3);
            int heartbeats = heartbeats(client);
            await().until(() -> heartbeats(client) > heartbeats);

            List<String> expected = new ArrayList<>(missed);
            expected.add(live);
            assertThat(client.events().stream().map(event -> data(event).path("id").asText()).toList())
                    .as("what it missed from the log, then live; none twice").containsExactlyElementsOf(expected);
        }
    }

    @Test
    void aHeartbeatKeepsAQuietStreamGoing() throws Exception {
        try (SseClient client = connected("?region=" + RegionEvents.uniqueCode(), null)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> heartbeats(client) >= 2);
            assertThat(client.events()).isEmpty();
        }
    }

    @Test
    void aStreamEndsWhenItsClientGoes() throws Exception {
        double before = openStreams();
        List<SseClient> clients = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            clients.add(connected("?region=" + RegionEvents.uniqueCode(), null));
        }
        await().until(() -> openStreams() == before + 3);
        for (SseClient client : clients) {
            client.close();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> openStreams() == before);
    }

    @Test
    void theMinistryFollowsTheStreamAndRegionUsersMayNot() throws Exception {
        AccessMatrix matrix = new AccessMatrix();
        int[] expected = AccessMatrix.expect(403, 403, 403, 200, 200, 200);
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < AccessMatrix.USERS.size(); i++) {
            String user = AccessMatrix.USERS.get(i);
            try (SseClient client = SseClient.connect("/api/events/stream", matrix.token(user), null)) {
                String contentType = expected[i] == 200 ? "text/event-stream" : "application/problem+json";
                if (client.status() != expected[i] || !client.contentType().startsWith(contentType)) {
                    wrong.add(user + ": " + client.status() + " " + client.contentType());
                }
            }
        }
        assertThat(wrong).as("user: status and type, where they are not as expected").isEmpty();
    }

    @Test
    void aSubscriberThatStopsReadingIsDroppedWhileTheOthersKeepUp() {
        String region = RegionEvents.uniqueCode();
        EventQuery ofRegion = new EventQuery(null, Set.of(), Set.of(), Set.of(region));
        AssertSubscriber<StreamMessage> slow = stream.open(ofRegion, OptionalLong.empty(), "a slow test subscriber")
                .subscribe().withSubscriber(AssertSubscriber.create(2));
        AssertSubscriber<StreamMessage> reading = stream.open(ofRegion, OptionalLong.empty(), "a test subscriber")
                .subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        // The opening comment and a heartbeat: both are listening to the tail, and the slow one reads no more.
        slow.awaitItems(2, Duration.ofSeconds(10));
        await().until(() -> reading.getItems().stream().anyMatch(message -> "heartbeat".equals(message.comment())));

        // The tail hands out what each read of the log found: one event at a time, each read before the next comes,
        // fills the buffer with more runs than it holds.
        int moreThanItsBuffer = 40;
        for (int i = 1; i <= moreThanItsBuffer; i++) {
            publish(Topics.NOTIFICATIONS, EventTypes.REMINDER_SENT, region, null);
            long sent = i;
            await().atMost(Duration.ofSeconds(30)).until(() -> events(reading) == sent);
        }

        slow.awaitCompletion(Duration.ofSeconds(30));
        assertThat(reading.hasCompleted()).isFalse();
        reading.cancel();
    }

    /** Connected as the monitor team, and past the opening comment: what is published now reaches the client. */
    private static SseClient connected(String query, String lastEventId) {
        SseClient client = SseClient.connect("/api/events/stream" + query, Tokens.monitor(), lastEventId);
        assertThat(client.status()).isEqualTo(200);
        assertThat(client.contentType()).startsWith("text/event-stream");
        await().until(() -> client.comments().stream().anyMatch(comment -> comment.startsWith("events after")));
        return client;
    }

    /** The gauge of open streams, as Prometheus reads it. */
    private static double openStreams() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("sto_event_stream_subscribers "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.indexOf(' ') + 1)))
                .findFirst().orElseThrow();
    }

    private static long events(AssertSubscriber<StreamMessage> subscriber) {
        return subscriber.getItems().stream().filter(message -> message.event() != null).count();
    }

    private static int heartbeats(SseClient client) {
        return (int) client.comments().stream().filter("heartbeat"::equals).count();
    }

    /** Sent as the log has it: its position as the SSE id, its type as the SSE event, the CloudEvent as the data. */
    private static void assertSent(SseClient.Event sent, List<Map<String, Object>> logged, String id) {
        Map<String, Object> event = logged.stream().filter(e -> id.equals(e.get("id"))).findFirst().orElseThrow();
        assertThat(sent.id()).isEqualTo(Long.toString(position(event)));
        assertThat(sent.event()).isEqualTo(event.get("type"));
        JsonNode data = data(sent);
        assertThat(data.path("specversion").asText()).isEqualTo("1.0");
        assertThat(data.path("id").asText()).isEqualTo(id);
        assertThat(data.path("subject").asText()).isEqualTo(event.get("subject"));
        assertThat(data.path("time").asText()).isEqualTo(event.get("time"));
        assertThat(data.path("position").asLong()).isEqualTo(position(event));
        assertThat(data.path("data").path("marker").asText()).isEqualTo(id);
    }

    private static JsonNode data(SseClient.Event event) {
        try {
            return JSON.readTree(event.data());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + event.data(), e);
        }
    }
}
