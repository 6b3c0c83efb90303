package nl.sto.monitor.events;

import static io.restassured.RestAssured.given;
import static nl.sto.monitor.events.LogEvents.awaitEvents;
import static nl.sto.monitor.events.LogEvents.events;
import static nl.sto.monitor.events.LogEvents.ids;
import static nl.sto.monitor.events.LogEvents.position;
import static nl.sto.monitor.events.LogEvents.publish;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.sto.commontest.Database;
import nl.sto.commontest.KafkaProbe;
import nl.sto.commontest.RegionEvents;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.devstack.DevstackTestResource;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

/**
 * The log as read through {@code GET /api/events}: events of the report, regulation and notification topics, each
 * once, in one order without gaps; the time, position and type, region and since filters; bad parameters refused.
 * Every test has regions of its own, since the log is shared by the tests of the run.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class EventLogTest {

    private static final List<String> TOPICS = List.of(Topics.REPORTS, Topics.REGULATION, Topics.NOTIFICATIONS);
    private static final List<String> TYPES = List.of(EventTypes.REPORT_SUBMITTED, EventTypes.DEADLINE_CHANGED,
            EventTypes.REMINDER_SENT);
    private static final OffsetDateTime T0 = OffsetDateTime.parse("2090-06-01T10:00:00Z");

    @Test
    void eventsOfTheThreeTopicsAreLoggedOnceEachInOneOrderWithoutGaps() throws Exception {
        String region = RegionEvents.uniqueCode();
        List<List<String>> perTopic = publishFromThreeProducersAtOnce(region, 15);
        List<String> published = perTopic.stream().flatMap(List::stream).toList();
        publish(Topics.REPORTS, perTopic.get(0).get(3), EventTypes.REPORT_SUBMITTED, region, null);
        publish(Topics.NOTIFICATIONS, perTopic.get(2).get(7), EventTypes.REMINDER_SENT, region, null);

        awaitEvents("region=" + region + "&limit=1000", published.size());
        KafkaProbe.awaitConsumed("monitor-service.event-log-reports", Topics.REPORTS);
        KafkaProbe.awaitConsumed("monitor-service.event-log-regulation", Topics.REGULATION);
        KafkaProbe.awaitConsumed("monitor-service.event-log-notifications", Topics.NOTIFICATIONS);

        List<Map<String, Object>> logged = events("region=" + region + "&limit=1000");
        assertThat(ids(logged)).as("each event once, the redelivered ones too")
                .containsExactlyInAnyOrderElementsOf(published);
        assertThat(logged.stream().map(LogEvents::position).toList()).as("in log order").isSorted();
        List<Long> everyPosition = events("limit=1000").stream().map(LogEvents::position).toList();
        assertThat(everyPosition).as("the whole log: 1, 2, 3 ... without gaps")
                .containsExactlyElementsOf(LongStream.rangeClosed(1, everyPosition.size()).boxed().toList());
        assertThat(Database.count("SELECT max(position) - count(*) FROM event_log")).isZero();
    }

    @Test
    void anEventIsAStructuredCloudEventWithItsPositionAndTime() {
        String region = RegionEvents.uniqueCode();
        String timed = publish(Topics.REPORTS, EventTypes.REPORT_ACCEPTED, region, T0.minusDays(1));
        String untimed = publish(Topics.REGULATION, EventTypes.OBLIGATION_CREATED, region, null);

        // Two topics are consumed side by side: which of the two the log holds first is not known beforehand.
        List<Map<String, Object>> logged = awaitEvents("region=" + region, 2);
        Map<String, Object> first = logged.stream().filter(e -> timed.equals(e.get("id"))).findFirst().orElseThrow();
        Map<String, Object> second = logged.stream().filter(e -> untimed.equals(e.get("id"))).findFirst()
                .orElseThrow();
        assertThat(first).containsEntry("specversion", "1.0").containsEntry("id", timed)
                .containsEntry("type", EventTypes.REPORT_ACCEPTED).containsEntry("source", "/sto/test")
                .containsEntry("subject", region).containsEntry("time", "2090-05-31T10:00:00Z")
                .containsEntry("datacontenttype", "application/json")
                .extractingByKey("data").asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("regionCode", region).containsEntry("marker", timed).containsEntry("count", 3);
        assertThat(position(second)).isNotEqualTo(position(first));
        assertThat(second).as("an event that does not say when: when it was logged").containsEntry("id", untimed);
        assertThat(OffsetDateTime.parse((String) second.get("time")))
                .isBetween(OffsetDateTime.now().minusMinutes(5), OffsetDateTime.now().plusMinutes(1));
    }

    @Test
    void sinceAfterTypeRegionLimitAndNewestChooseTheEvents() {
        String a = RegionEvents.uniqueCode();
        String b = RegionEvents.uniqueCode();
        String submitted = publish(Topics.REPORTS, EventTypes.REPORT_SUBMITTED, a, T0);
        String moved = publish(Topics.REGULATION, EventTypes.DEADLINE_CHANGED, a, T0.plusHours(1));
        String accepted = publish(Topics.REPORTS, EventTypes.REPORT_ACCEPTED, b, T0.plusHours(2));
        String reminded = publish(Topics.NOTIFICATIONS, EventTypes.REMINDER_SENT, b, T0.plusHours(3));
        String both = "region=" + a + "&region=" + b;
        List<Map<String, Object>> all = awaitEvents(both, 4);
        assertThat(ids(all)).containsExactlyInAnyOrder(submitted, moved, accepted, reminded);

        List<Map<String, Object>> since = events("since=2090-06-01T11:00:00Z");
        assertThat(ids(since)).as("of since on, in log order").containsExactlyElementsOf(
                ids(all).stream().filter(id -> !id.equals(submitted)).toList());
        assertThat(since).allSatisfy(event -> assertThat(event).containsKeys("id", "type", "subject", "time"));
        assertThat(ids(events("since=2090-06-01T12:00:00%2B01:00"))).isEqualTo(ids(since));
        assertThat(ids(events(both + "&after=" + position(all.get(1))))).isEqualTo(ids(all).subList(2, 4));
        assertThat(ids(events(both + "&type=" + EventTypes.REPORT_SUBMITTED))).containsExactly(submitted);
        assertThat(ids(events(both + "&type=nl.sto.report.*"))).containsExactlyInAnyOrder(submitted, accepted);
        assertThat(ids(events(both + "&type=" + EventTypes.REPORT_ACCEPTED + "&type=" + EventTypes.REMINDER_SENT)))
                .containsExactlyInAnyOrder(accepted, reminded);
        assertThat(ids(events("region=" + b))).containsExactlyInAnyOrder(accepted, reminded);
        assertThat(ids(events(both + "&limit=2"))).isEqualTo(ids(all).subList(0, 2));
        assertThat(ids(events(both + "&limit=2&newest=true"))).as("the last two, still in log order")
                .isEqualTo(ids(all).subList(2, 4));
        assertThat(ids(events(both + "&limit=3&newest=true&type=nl.sto.report.*")))
                .containsExactlyInAnyOrder(submitted, accepted);
    }

    @Test
    void anEventWhoseDataIsNotJsonGoesToTheDeadLettersAndTheLogGoesOn() {
        String region = RegionEvents.uniqueCode();
        String poison = UUID.randomUUID().toString();
        KafkaProbe.sendCloudEvent(Topics.REPORTS, poison, EventTypes.REPORT_SUBMITTED, region, "{not json");
        String next = publish(Topics.REPORTS, EventTypes.REPORT_ACCEPTED, region, null);

        var dead = KafkaProbe.awaitRecords(Topics.deadLetter(Topics.REPORTS, "monitor-service.event-log-reports"),
                record -> poison.equals(KafkaProbe.header(record, "ce_id")), 1);
        assertThat(dead).hasSize(1);
        assertThat(KafkaProbe.header(dead.get(0), "dead-letter-reason")).contains("not JSON");
        assertThat(ids(awaitEvents("region=" + region, 1))).containsExactly(next);
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        refused("since=yesterday", "since");
        refused("since=2024-03-01", "since");
        refused("since=2024-03-01T10:00:00", "since");
        refused("since=%2B99999-01-01T00:00:00Z", "since");
        refused("after=-1", "after");
        refused("after=abc", "after");
        refused("after=9223372036854775808", "after");
        refused("limit=0", "limit");
        refused("limit=1001", "limit");
        refused("limit=ten", "limit");
        refused("type=nl.sto.*.v1", "type");
        refused("region=r01", "region");
        refused("newest=yes", "newest");
        given().auth().oauth2(Tokens.monitor()).header("Last-Event-ID", "abc").get("/api/events/stream")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo("Last-Event-ID"));
    }

    private static void refused(String query, String parameter) {
        given().auth().oauth2(Tokens.monitor()).urlEncodingEnabled(false).get("/api/events?" + query)
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo(parameter));
    }

    /**
     * Events of the three topics sent side by side, so that the three consumers append at the same time and take
     * turns; returns their ids per topic.
     */
    private static List<List<String>> publishFromThreeProducersAtOnce(String region, int each) throws Exception {
        ExecutorService producers = Executors.newFixedThreadPool(TOPICS.size());
        try {
            List<Future<List<String>>> sent = new ArrayList<>();
            for (int t = 0; t < TOPICS.size(); t++) {
                String topic = TOPICS.get(t);
                String type = TYPES.get(t);
                sent.add(producers.submit(() -> LongStream.range(0, each)
                        .mapToObj(i -> publish(topic, type, region, null)).toList()));
            }
            List<List<String>> ids = new ArrayList<>();
            for (Future<List<String>> topic : sent) {
                ids.add(topic.get(2, TimeUnit.MINUTES));
            }
            return ids;
        } finally {
            producers.shutdownNow();
        }
    }
}
