package nl.sto.notification;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.restassured.path.json.JsonPath;

import nl.sto.commontest.KafkaProbe;
import nl.sto.commontest.RegionEvents;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.notification.schedule.WorkingDays;

/**
 * Puts regions, contacts, obligations and reports into notification-service the way the other services do: by
 * their events on Kafka. Every region and mail domain is new, so tests sharing the service never meet each other's.
 */
public final class ReminderFixture {

    private ReminderFixture() {
    }

    /** A region led by lead-r01's board with biz-r01 as business partner, admitted in 2020. */
    public static String region() {
        String code = RegionEvents.uniqueCode();
        RegionEvents.registerAndAdmit(code, LocalDate.of(2020, 1, 1));
        RegionEvents.joinDemoPartners(code);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.leadR01())
                .get("/api/regions/" + code + "/reminders").statusCode() == 200);
        return code;
    }

    /**
     * The first day from {@code from} on that is a working day, as are the days 2 and 14 before it: no step of its
     * schedule moves to another day or merges with another step.
     */
    public static LocalDate plainDueDate(LocalDate from) {
        LocalDate due = from;
        while (!WorkingDays.isWorkingDay(due) || !WorkingDays.isWorkingDay(due.minusDays(2))
                || !WorkingDays.isWorkingDay(due.minusDays(14)) || !WorkingDays.isWorkingDay(due.plusDays(1))) {
            due = due.plusDays(1);
        }
        return due;
    }

    /** A mail domain of its own, for addresses that only this test uses. */
    public static String domain() {
        return "t" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
    }

    public static String contact(String region, String email, String language) {
        String id = UUID.randomUUID().toString();
        contactEvent(UUID.randomUUID().toString(), id, region, email, language, false);
        return id;
    }

    public static void contactEvent(String eventId, String contactId, String region, String email, String language,
            boolean removed) {
        RegionEvents.send(EventTypes.CONTACT_CHANGED, region, """
                {"contactId":"%s","regionCode":"%s","name":"Contact %s","email":"%s","role":"coordinator",
                 "language":"%s","removed":%s}""".formatted(contactId, region, email, email, language, removed));
    }

    /** A report obligation of a test regulation, due on {@code due}; its id. */
    public static String obligation(String region, LocalDate due, boolean report) {
        String id = UUID.randomUUID().toString();
        obligationEvent(UUID.randomUUID().toString(), id, region, due, report);
        return id;
    }

    public static void obligationEvent(String eventId, String obligationId, String region, LocalDate due,
            boolean report) {
        KafkaProbe.sendCloudEvent(Topics.REGULATION, eventId, EventTypes.OBLIGATION_CREATED, region, """
                {"obligationId":"%s","regionCode":"%s","regulationId":"TEST-REGULATION","kind":"PROGRESS_REPORT",
                 "kindName":{"nl":"Voortgangsrapportage","en":"Progress report"},"report":%s,"dueDate":"%s",
                 "version":1,"legalReference":"Stcrt. 2024, nr. 11193"}"""
                .formatted(obligationId, region, report, due));
    }

    public static void deadlineChanged(String eventId, String region, String obligationId, LocalDate from,
            LocalDate to, int version, String reason) {
        KafkaProbe.sendCloudEvent(Topics.REGULATION, eventId, EventTypes.DEADLINE_CHANGED, region, """
                {"obligationId":"%s","regionCode":"%s","regulationId":"TEST-REGULATION","kind":"PROGRESS_REPORT",
                 "from":"%s","to":"%s","version":%d,"reason":"%s"}"""
                .formatted(obligationId, region, from, to, version, reason));
    }

    public static void submitted(String region, String obligationId, LocalDate due) {
        KafkaProbe.sendCloudEvent(Topics.REPORTS, UUID.randomUUID().toString(), EventTypes.REPORT_SUBMITTED, region, """
                {"reportId":"%s","regionCode":"%s","obligationId":"%s","regulationId":"TEST-REGULATION",
                 "kind":"PROGRESS_REPORT","version":1,"receipt":"STO-TEST","checksum":"abc",
                 "submittedAt":"2026-12-01T10:00:00Z","dueDate":"%s","late":false}"""
                .formatted(UUID.randomUUID(), region, obligationId, due));
    }

    public static void returned(String region, String obligationId, int version) {
        KafkaProbe.sendCloudEvent(Topics.REPORTS, UUID.randomUUID().toString(), EventTypes.REPORT_RETURNED, region, """
                {"reportId":"%s","regionCode":"%s","obligationId":"%s","regulationId":"TEST-REGULATION",
                 "kind":"PROGRESS_REPORT","version":%d,"sections":["aim"]}"""
                .formatted(UUID.randomUUID(), region, obligationId, version));
    }

    /** The region's reminders as its lead reads them. */
    public static List<Reminder> reminders(String region) {
        JsonPath body = given().auth().oauth2(Tokens.leadR01()).get("/api/regions/" + region + "/reminders")
                .then().statusCode(200).extract().jsonPath();
        return body.getList("", Reminder.class);
    }

    /** One reminder as the API shows it. */
    public record Reminder(String id, String obligationId, String regionCode, String step, String recipient,
            String language, String status, String scheduledFor, String sentAt, int attempts, String statusReason,
            String statusReasonCode, String dueDate, int deadlineVersion) {
    }

    /** Waits until the region has a reminder of this step to this recipient with this status. */
    public static Reminder awaitReminder(String region, String recipient, String step, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> reminders(region).stream()
                .filter(r -> r.recipient().equals(recipient) && r.step().equals(step) && r.status().equals(status))
                .findFirst().orElse(null), found -> found != null);
    }
}
