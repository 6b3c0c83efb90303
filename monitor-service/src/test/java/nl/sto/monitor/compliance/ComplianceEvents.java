package nl.sto.monitor.compliance;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.restassured.path.json.JsonPath;

import nl.sto.commontest.KafkaProbe;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;

/**
 * Events about obligations, reports, reminders and regions as the other services publish them (a CloudEvent on their
 * topic), and the board as the monitor team reads it. An event is built first and published after, so that a test
 * can publish it again (a redelivery) or in an order of its choosing.
 */
final class ComplianceEvents {

    static final String KIND = "VOORTGANG";

    /** The event log's consumer groups, one per topic, which keep the board in the log's transaction. */
    static final String LOG_GROUP = "monitor-service.event-log-";

    private ComplianceEvents() {
    }

    /** One CloudEvent, to publish once or more. */
    record Event(String topic, String id, String type, String region, OffsetDateTime time, String json) {

        Event publish() {
            KafkaProbe.sendCloudEvent(topic, id, type, region, time, json);
            return this;
        }
    }

    /** An obligation of a region under a regulation, of a kind, with an id of its own. */
    record Obligation(String id, String region, String regulation, String kind) {

        static Obligation of(String region, String regulation) {
            return of(region, regulation, KIND);
        }

        static Obligation of(String region, String regulation, String kind) {
            return new Obligation(UUID.randomUUID().toString(), region, regulation, kind);
        }

        Event created(LocalDate due, int version) {
            return regulation(EventTypes.OBLIGATION_CREATED, """
                    {"obligationId":"%s","regionCode":"%s","regulationId":"%s","kind":"%s",
                     "kindName":{"nl":"Voortgangsrapportage","en":"Progress report"},"report":true,"dueDate":"%s",
                     "version":%d,"legalReference":"Stcrt. 2020, nr. %d"}"""
                    .formatted(id, region, regulation, kind, due, version, version));
        }

        Event milestone(LocalDate due) {
            return regulation(EventTypes.OBLIGATION_CREATED, """
                    {"obligationId":"%s","regionCode":"%s","regulationId":"%s","kind":"%s",
                     "kindName":{"nl":"Einde bestedingsperiode","en":"End of spending period"},"report":false,
                     "dueDate":"%s","version":1,"legalReference":"Stcrt. 2020, nr. 1"}"""
                    .formatted(id, region, regulation, kind, due));
        }

        Event deadlineChanged(LocalDate from, LocalDate to, int version) {
            return regulation(EventTypes.DEADLINE_CHANGED, """
                    {"obligationId":"%s","regionCode":"%s","regulationId":"%s","kind":"%s","from":"%s","to":"%s",
                     "version":%d,"reason":"Stcrt. 2021, nr. 40070"}"""
                    .formatted(id, region, regulation, kind, from, to, version));
        }

        Event draftStarted(OffsetDateTime at) {
            return reports(EventTypes.REPORT_DRAFT_STARTED, at, """
                    {"reportId":"%s","regionCode":"%s","obligationId":"%s","regulationId":"%s","kind":"%s",
                     "startedBy":"lead"}""".formatted(reportId(), region, id, regulation, kind));
        }

        /** Version 1 is the first submission, a later one a resubmission after a return. */
        Event submitted(int version, OffsetDateTime at, LocalDate due) {
            return reports(version == 1 ? EventTypes.REPORT_SUBMITTED : EventTypes.REPORT_RESUBMITTED, at, """
                    {"reportId":"%s","regionCode":"%s","obligationId":"%s","regulationId":"%s","kind":"%s",
                     "version":%d,"receipt":"R-%d","checksum":"abc","submittedAt":"%s","dueDate":"%s","late":false}"""
                    .formatted(reportId(), region, id, regulation, kind, version, version, at, due));
        }

        Event returned(int version, OffsetDateTime at) {
            return reports(EventTypes.REPORT_RETURNED, at, """
                    {"reportId":"%s","regionCode":"%s","obligationId":"%s","regulationId":"%s","kind":"%s",
                     "version":%d,"sections":["aim-duurzaam"]}"""
                    .formatted(reportId(), region, id, regulation, kind, version));
        }

        Event accepted(int version, OffsetDateTime at) {
            return reports(EventTypes.REPORT_ACCEPTED, at, """
                    {"reportId":"%s","regionCode":"%s","obligationId":"%s","regulationId":"%s","kind":"%s",
                     "version":%d}""".formatted(reportId(), region, id, regulation, kind, version));
        }

        Event overdue(LocalDate due) {
            return reports(EventTypes.OBLIGATION_OVERDUE, null, """
                    {"obligationId":"%s","regionCode":"%s","regulationId":"%s","kind":"%s","dueDate":"%s"}"""
                    .formatted(id, region, regulation, kind, due));
        }

        Event reminderSent(String reminderId, OffsetDateTime at) {
            return notifications(EventTypes.REMINDER_SENT, at, """
                    {"reminderId":"%s","regionCode":"%s","obligationId":"%s","regulationId":"%s","kind":"%s",
                     "step":"before-14d","contactId":"c1","language":"nl","dueDate":"2031-11-01",
                     "deadlineVersion":1,"sentAt":"%s"}""".formatted(reminderId, region, id, regulation, kind, at));
        }

        /** {@code status}: {@code permanent-failure} or {@code technical-failure}. */
        Event reminderFailed(String reminderId, String status, OffsetDateTime at) {
            return notifications(EventTypes.REMINDER_FAILED, at, """
                    {"reminderId":"%s","regionCode":"%s","obligationId":"%s","regulationId":"%s","kind":"%s",
                     "step":"before-14d","contactId":"c1","status":"%s","reason":"550 no such user","attempts":3,
                     "failedAt":"%s"}""".formatted(reminderId, region, id, regulation, kind, status, at));
        }

        Event reminderCancelled(String reminderId, OffsetDateTime at) {
            return notifications(EventTypes.REMINDER_CANCELLED, at, """
                    {"reminderId":"%s","regionCode":"%s","obligationId":"%s","step":"before-14d","contactId":"c1",
                     "reason":"submitted","cancelledAt":"%s"}""".formatted(reminderId, region, id, at));
        }

        private String reportId() {
            return "report-" + id;
        }

        private Event regulation(String type, String json) {
            return new Event(Topics.REGULATION, UUID.randomUUID().toString(), type, region, null, json);
        }

        private Event reports(String type, OffsetDateTime at, String json) {
            return new Event(Topics.REPORTS, UUID.randomUUID().toString(), type, region, at, json);
        }

        private Event notifications(String type, OffsetDateTime at, String json) {
            return new Event(Topics.NOTIFICATIONS, UUID.randomUUID().toString(), type, region, at, json);
        }
    }

    static Event grant(String region, int year, String amount) {
        return new Event(Topics.REGIONS, UUID.randomUUID().toString(), EventTypes.GRANT_AWARDED, region, null, """
                {"regionCode":"%s","year":%d,"amount":%s}""".formatted(region, year, new BigDecimal(amount)));
    }

    /** {@code kind}: {@code MONEY} or {@code IN_KIND}. */
    static Event cofinancing(String region, String kvk, int year, String amount, String kind, OffsetDateTime at) {
        return new Event(Topics.REGIONS, UUID.randomUUID().toString(), EventTypes.COFINANCING_CONFIRMED, region, at,
                """
                {"regionCode":"%s","kvk":"%s","year":%d,"amount":%s,"kind":"%s"}"""
                        .formatted(region, kvk, year, new BigDecimal(amount), kind));
    }

    static Event closed(String region, LocalDate closedOn) {
        return new Event(Topics.REGIONS, UUID.randomUUID().toString(), EventTypes.REGION_CLOSED, region, null, """
                {"code":"%s","closedOn":"%s","reason":"merged"}""".formatted(region, closedOn));
    }

    /**
     * Waits until each of the consumer groups that feed the board (the event log's, and its own for region events),
     * and the region projection that decides who may read a region, has consumed everything published so far.
     */
    static void awaitConsumed() {
        KafkaProbe.awaitConsumed("monitor-service.region-projection", Topics.REGIONS);
        KafkaProbe.awaitConsumed(LOG_GROUP + "regulation", Topics.REGULATION);
        KafkaProbe.awaitConsumed(LOG_GROUP + "reports", Topics.REPORTS);
        KafkaProbe.awaitConsumed(LOG_GROUP + "notifications", Topics.NOTIFICATIONS);
        KafkaProbe.awaitConsumed("monitor-service." + ComplianceConsumer.REGIONS, Topics.REGIONS);
    }

    /**
     * {@code GET <path>} as the monitor team, once it answers 200 (a region is a 404 until its registration arrives)
     * and the answer passes {@code until}.
     */
    static JsonPath awaitAnswer(String path, Predicate<JsonPath> until) {
        String token = Tokens.monitor();
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
                .until(() -> read(token, path), until);
    }

    static JsonPath read(String token, String path) {
        return given().auth().oauth2(token).get(path).then().statusCode(200).extract().jsonPath();
    }

    /** The board's row of the obligation, as a map of its JSON. */
    static Map<String, Object> row(JsonPath board, Obligation obligation) {
        List<Map<String, Object>> rows = board.getList("obligations");
        return rows.stream().filter(row -> obligation.id().equals(row.get("obligationId"))).findFirst().orElse(null);
    }
}
