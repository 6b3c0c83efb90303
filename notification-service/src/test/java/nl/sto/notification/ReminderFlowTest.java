package nl.sto.notification;

import static io.restassured.RestAssured.given;
import static nl.sto.notification.ReminderFixture.awaitReminder;
import static nl.sto.notification.ReminderFixture.reminders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.smallrye.mutiny.Uni;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import nl.sto.commontest.MovableClock;
import nl.sto.commontest.KafkaProbe;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.devstack.DevstackTestResource;
import nl.sto.notification.ReminderFixture.Reminder;
import nl.sto.notification.sending.CalendarInvite;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Reminders from obligation to inbox, against the real broker, database and SMTP server, with the service's clock
 * moved to each step's moment instead of waited for.
 */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class ReminderFlowTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Inject
    MovableClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
        if (!DevstackTestResource.smtp().isRunning()) {
            DevstackTestResource.smtp().restart();
        }
    }

    @Test
    void theAnnouncementGoesOutAtOnceInEachContactsLanguageWithItsCalendarEntry() throws Exception {
        String region = ReminderFixture.region();
        String domain = ReminderFixture.domain();
        String dutch = "lead@" + domain;
        String english = "office@" + domain;
        ReminderFixture.contact(region, dutch, "nl");
        ReminderFixture.contact(region, english, "en");
        // a Wednesday, so that no step moves off a weekend onto another step's day (a Sunday's due-day step moves to the
        // Friday of its before-2d step)
        LocalDate due = today().plusDays(36).with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        String obligation = ReminderFixture.obligation(region, due, true);

        MimeMessage nl = Mailbox.await(dutch, 1).get(0);
        assertThat(Mailbox.subject(nl)).startsWith("Nieuwe verplichting: Voortgangsrapportage, uiterlijk ");
        String text = Mailbox.part(nl, "text/plain");
        assertThat(text).contains("Geachte Contact " + dutch).contains("Regio " + region)
                .contains("/school/regions/" + region + "#obligation-PROGRESS_REPORT")
                .contains("Stcrt. 2024, nr. 11193");
        assertThat(Mailbox.part(nl, "text/html")).contains("<a href=\"http://");
        assertThat(Mailbox.contentType(nl, "text/calendar")).contains("method=REQUEST");
        VEvent event = event(Mailbox.part(nl, "text/calendar"));
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(due.toString().replace("-", ""));
        assertThat(value(event, Property.UID)).isEqualTo(CalendarInvite.uid(UUID.fromString(obligation), dutch));
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("0");

        MimeMessage en = Mailbox.await(english, 1).get(0);
        assertThat(Mailbox.subject(en)).startsWith("New obligation: Progress report, due ");
        assertThat(Mailbox.part(en, "text/plain")).contains("Dear Contact " + english);

        Reminder announcement = awaitReminder(region, dutch, "announcement", "sent");
        assertThat(announcement.sentAt()).isNotNull();
        assertThat(announcement.obligationId()).isEqualTo(obligation);
        List<Reminder> planned = reminders(region).stream().filter(r -> r.recipient().equals(dutch)
                && r.status().equals("scheduled")).toList();
        assertThat(planned).extracting(Reminder::step).contains("before-14d", "before-2d", "due-day", "overdue-1",
                "overdue-4").doesNotContain("before-56d");
        for (Reminder step : planned) {
            assertThat(OffsetDateTime.parse(step.scheduledFor()).atZoneSameInstant(AMSTERDAM).toLocalTime())
                    .as(step.step()).hasToString("09:00");
        }
        assertThat(KafkaProbe.awaitRecords(Topics.NOTIFICATIONS,
                r -> EventTypes.REMINDER_SENT.equals(KafkaProbe.header(r, "ce_type"))
                        && r.value().contains(announcement.id()), 1)).hasSize(1);
    }

    @Test
    void eachStepArrivesWhenItsMomentComes() {
        String region = ReminderFixture.region();
        String address = "lead@" + ReminderFixture.domain();
        ReminderFixture.contact(region, address, "nl");
        LocalDate due = ReminderFixture.plainDueDate(today().plusDays(20));
        ReminderFixture.obligation(region, due, true);
        Mailbox.await(address, 1);

        moveTo(scheduled(region, address, "before-14d"));
        assertThat(Mailbox.subject(Mailbox.await(address, 2).get(1))).startsWith("Herinnering: Voortgangsrapportage "
                + "uiterlijk ").endsWith("(nog 14 dagen)");
        moveTo(scheduled(region, address, "before-2d"));
        assertThat(Mailbox.subject(Mailbox.await(address, 3).get(2))).endsWith("(nog 2 dagen)");
        moveTo(scheduled(region, address, "due-day"));
        assertThat(Mailbox.subject(Mailbox.await(address, 4).get(3))).isEqualTo(
                "Vandaag: Voortgangsrapportage uiterlijk vandaag");
        moveTo(scheduled(region, address, "overdue-1"));
        assertThat(Mailbox.subject(Mailbox.await(address, 5).get(4))).startsWith("Te laat: Voortgangsrapportage was "
                + "uiterlijk ");
        // The message is in the mailbox a moment before the dispatcher records it as sent.
        awaitReminder(region, address, "overdue-1", "sent");
        assertThat(reminders(region).stream().filter(r -> r.status().equals("sent")).map(Reminder::step))
                .containsExactly("announcement", "before-14d", "before-2d", "due-day", "overdue-1");
    }

    @Test
    void aStepShownAsPlannedKeepsItsIdAndGoesToWhoeverIsAContactWhenItIsDue() {
        String region = ReminderFixture.region();
        String domain = ReminderFixture.domain();
        String lead = "lead@" + domain;
        String leaving = "leaving@" + domain;
        String joining = "joining@" + domain;
        ReminderFixture.contact(region, lead, "nl");
        String leavingId = ReminderFixture.contact(region, leaving, "en");
        LocalDate due = ReminderFixture.plainDueDate(today().plusDays(20));
        ReminderFixture.obligation(region, due, true);
        Mailbox.await(lead, 1);
        Mailbox.await(leaving, 1);

        Reminder planned = awaitReminder(region, lead, "before-14d", "scheduled");
        given().auth().oauth2(Tokens.leadR01()).get("/api/regions/" + region + "/reminders/" + planned.id())
                .then().statusCode(200).body("reminder.status", equalTo("scheduled"))
                .body("attempts", empty());
        ReminderFixture.contact(region, joining, "en");
        assertThat(Mailbox.subject(Mailbox.await(joining, 1).get(0))).startsWith("New obligation: Progress report");
        ReminderFixture.contactEvent(UUID.randomUUID().toString(), leavingId, region, leaving, "en", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> reminders(region).stream()
                .noneMatch(r -> r.recipient().equals(leaving) && r.status().equals("scheduled")));
        awaitReminder(region, joining, "before-14d", "scheduled");

        moveTo(OffsetDateTime.parse(planned.scheduledFor()).toInstant());
        assertThat(Mailbox.subject(Mailbox.await(lead, 2).get(1))).endsWith("(nog 14 dagen)");
        assertThat(Mailbox.subject(Mailbox.await(joining, 2).get(1))).endsWith("(14 days left)");
        assertThat(awaitReminder(region, lead, "before-14d", "sent").id()).isEqualTo(planned.id());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> Mailbox.to(leaving).size() == 1);
    }

    @Test
    void aStepThatCameButWasNotSentWhenTheDateMovesIsCancelledNotSent() {
        String region = ReminderFixture.region();
        String address = "lead@" + ReminderFixture.domain();
        ReminderFixture.contact(region, address, "nl");
        LocalDate due = ReminderFixture.plainDueDate(today().plusDays(20));
        String obligation = ReminderFixture.obligation(region, due, true);
        Mailbox.await(address, 1);
        given().auth().oauth2(Tokens.admin()).contentType("application/json").body("{\"reason\":\"Controle\"}")
                .put("/api/regions/" + region + "/reminder-pause").then().statusCode(200);
        Reminder held = awaitReminder(region, address, "before-14d", "scheduled");
        moveTo(OffsetDateTime.parse(held.scheduledFor()).toInstant());
        await().atMost(Duration.ofSeconds(30)).until(() -> written(held.id()));

        ReminderFixture.deadlineChanged(UUID.randomUUID().toString(), region, obligation, due, due.plusDays(28), 2,
                "Stcrt. 2027, nr. 12");
        await().atMost(Duration.ofSeconds(30)).until(() -> reminders(region).stream()
                .anyMatch(r -> r.id().equals(held.id()) && r.status().equals("cancelled")));
        given().auth().oauth2(Tokens.admin()).delete("/api/regions/" + region + "/reminder-pause")
                .then().statusCode(200);
        assertThat(Mailbox.subject(Mailbox.await(address, 2).get(1))).startsWith("Datum verschoven: ");
        assertThat(reminders(region).stream().filter(r -> r.deadlineVersion() == 2 && r.status().equals("scheduled")))
                .extracting(Reminder::step).contains("before-14d", "due-day");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> Mailbox.to(address).size() == 2);
    }

    @Test
    void aSubmittedReportCancelsTheRemainingStepsAndTheCalendarEntry() throws Exception {
        String region = ReminderFixture.region();
        String address = "lead@" + ReminderFixture.domain();
        ReminderFixture.contact(region, address, "nl");
        LocalDate due = ReminderFixture.plainDueDate(today().plusDays(30));
        String obligation = ReminderFixture.obligation(region, due, true);
        Mailbox.await(address, 1);

        ReminderFixture.submitted(region, obligation, due);
        MimeMessage cancel = Mailbox.await(address, 2).get(1);
        assertThat(Mailbox.subject(cancel)).isEqualTo("Geen herinneringen meer: Voortgangsrapportage");
        assertThat(Mailbox.contentType(cancel, "text/calendar")).contains("method=CANCEL");
        VEvent event = event(Mailbox.part(cancel, "text/calendar"));
        assertThat(value(event, Property.UID)).isEqualTo(CalendarInvite.uid(UUID.fromString(obligation), address));
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
        List<Reminder> stopped = reminders(region).stream().filter(r -> r.step().startsWith("overdue")
                || r.step().startsWith("before") || r.step().equals("due-day")).toList();
        assertThat(stopped).extracting(Reminder::step).containsExactly("before-14d", "before-2d", "due-day",
                "overdue-1", "overdue-2", "overdue-3", "overdue-4");
        assertThat(stopped).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo("cancelled");
            assertThat(r.statusReason()).isEqualTo("the report was submitted");
            assertThat(r.statusReasonCode()).as("a code a client words in its own language")
                    .isEqualTo("report-submitted");
        });
        assertThat(KafkaProbe.awaitRecords(Topics.NOTIFICATIONS,
                r -> EventTypes.REMINDER_CANCELLED.equals(KafkaProbe.header(r, "ce_type"))
                        && r.value().contains(obligation), stopped.size())).hasSize(stopped.size());

        moveTo(OffsetDateTime.parse(reminders(region).stream().filter(r -> r.step().equals("overdue-2"))
                .findFirst().orElseThrow().scheduledFor()).toInstant());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> Mailbox.to(address).size() == 2);
    }

    @Test
    void anAmendmentPlansAgainInformsOnceAndMovesTheCalendarEntry() throws Exception {
        String region = ReminderFixture.region();
        String address = "lead@" + ReminderFixture.domain();
        ReminderFixture.contact(region, address, "en");
        LocalDate due = today().plusDays(30);
        LocalDate moved = due.plusDays(14);
        String obligation = ReminderFixture.obligation(region, due, true);
        Mailbox.await(address, 1);

        String eventId = UUID.randomUUID().toString();
        ReminderFixture.deadlineChanged(eventId, region, obligation, due, moved, 2, "Stcrt. 2027, nr. 4711");
        ReminderFixture.deadlineChanged(eventId, region, obligation, due, moved, 2, "Stcrt. 2027, nr. 4711");
        MimeMessage message = Mailbox.await(address, 2).get(1);
        assertThat(Mailbox.subject(message)).startsWith("Date moved: Progress report now due ");
        assertThat(Mailbox.part(message, "text/plain")).contains("by Stcrt. 2027, nr. 4711");
        VEvent event = event(Mailbox.part(message, "text/calendar"));
        assertThat(value(event, Property.UID)).isEqualTo(CalendarInvite.uid(UUID.fromString(obligation), address));
        assertThat(value(event, Property.SEQUENCE)).isEqualTo("1");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue())
                .isEqualTo(moved.toString().replace("-", ""));

        List<Reminder> all = reminders(region);
        assertThat(all.stream().filter(r -> r.deadlineVersion() == 1 && r.status().equals("scheduled"))).isEmpty();
        assertThat(all.stream().filter(r -> r.deadlineVersion() == 2 && r.step().equals("due-day")))
                .singleElement().satisfies(r -> {
                    assertThat(r.status()).isEqualTo("scheduled");
                    assertThat(r.dueDate()).isEqualTo(moved.toString());
                });
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> Mailbox.to(address).size() == 2);
    }

    @Test
    void anAmendmentOfManyObligationsAtOnceFollowsEachChangeInOrderAndSetsAsideAnUnknownObligation() {
        String region = ReminderFixture.region();
        String address = "lead@" + ReminderFixture.domain();
        ReminderFixture.contact(region, address, "en");
        LocalDate due = today().plusDays(40);
        List<String> obligations = List.of(ReminderFixture.obligation(region, due, true),
                ReminderFixture.obligation(region, due, true), ReminderFixture.obligation(region, due, true));
        Mailbox.await(address, 3);

        String unknown = UUID.randomUUID().toString();
        String first = obligations.get(0);
        ReminderFixture.deadlineChanged(UUID.randomUUID().toString(), region, first, due, due.plusDays(7), 2,
                "Stcrt. 2027, nr. 1");
        ReminderFixture.deadlineChanged(UUID.randomUUID().toString(), region, unknown, due, due.plusDays(7), 2,
                "Stcrt. 2027, nr. 1");
        ReminderFixture.deadlineChanged(UUID.randomUUID().toString(), region, obligations.get(1), due,
                due.plusDays(7), 2, "Stcrt. 2027, nr. 1");
        ReminderFixture.deadlineChanged(UUID.randomUUID().toString(), region, first, due.plusDays(7),
                due.plusDays(21), 3, "Stcrt. 2027, nr. 2");
        ReminderFixture.deadlineChanged(UUID.randomUUID().toString(), region, obligations.get(2), due,
                due.plusDays(7), 2, "Stcrt. 2027, nr. 1");

        assertThat(KafkaProbe.awaitRecords(Topics.deadLetter(Topics.REGULATION,
                "notification-service.regulation-events"), r -> r.value().contains(unknown), 1)).hasSize(1);
        for (String obligation : obligations) {
            await().atMost(Duration.ofSeconds(30)).until(() -> reminders(region).stream().anyMatch(r -> r.obligationId()
                    .equals(obligation) && r.step().equals("date-moved") && r.status().equals("sent")
                    && r.deadlineVersion() == (obligation.equals(first) ? 3 : 2)));
        }
        List<Reminder> all = reminders(region);
        assertThat(all.stream().filter(r -> r.step().equals("due-day") && r.status().equals("scheduled")))
                .extracting(Reminder::obligationId, Reminder::deadlineVersion, Reminder::dueDate)
                .containsExactlyInAnyOrder(tuple(first, 3, due.plusDays(21).toString()),
                        tuple(obligations.get(1), 2, due.plusDays(7).toString()),
                        tuple(obligations.get(2), 2, due.plusDays(7).toString()));
        // The first move may have been overtaken by the second before its message was written or went out: then
        // only the second is sent (written late, it tells the move from the first date to the last).
        List<Reminder> movesOfFirst = all.stream()
                .filter(r -> r.obligationId().equals(first) && r.step().equals("date-moved")).toList();
        assertThat(movesOfFirst).extracting(Reminder::deadlineVersion).contains(3).isSubsetOf(2, 3);
        assertThat(movesOfFirst).filteredOn(r -> r.deadlineVersion() == 3).singleElement()
                .satisfies(r -> assertThat(r.dueDate()).isEqualTo(due.plusDays(21).toString()));
        long sentMoves = all.stream().filter(r -> r.step().equals("date-moved") && r.status().equals("sent")).count();
        assertThat(sentMoves).isIn(3L, 4L);
        assertThat(Mailbox.await(address, 3 + (int) sentMoves).subList(3, 3 + (int) sentMoves))
                .extracting(Mailbox::subject)
                .allSatisfy(subject -> assertThat(subject).startsWith("Date moved: Progress report now due "));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> Mailbox.to(address).size() == 3 + sentMoves);
    }

    @Test
    void aReturnedReportAsksForANewVersionAndPutsTheEntryBack() throws Exception {
        String region = ReminderFixture.region();
        String address = "lead@" + ReminderFixture.domain();
        ReminderFixture.contact(region, address, "nl");
        LocalDate due = today().plusDays(30);
        String obligation = ReminderFixture.obligation(region, due, true);
        Mailbox.await(address, 1);
        ReminderFixture.submitted(region, obligation, due);
        Mailbox.await(address, 2);

        ReminderFixture.returned(region, obligation, 1);
        MimeMessage message = Mailbox.await(address, 3).get(2);
        assertThat(Mailbox.subject(message)).isEqualTo("Teruggestuurd: Voortgangsrapportage, graag opnieuw indienen");
        assertThat(Mailbox.contentType(message, "text/calendar")).contains("method=REQUEST");
        assertThat(value(event(Mailbox.part(message, "text/calendar")), Property.SEQUENCE)).isEqualTo("2");
    }

    @Test
    void aRedeliveredEventSendsNothingNew() {
        String region = ReminderFixture.region();
        String address = "lead@" + ReminderFixture.domain();
        ReminderFixture.contact(region, address, "nl");
        String eventId = UUID.randomUUID().toString();
        String obligation = UUID.randomUUID().toString();
        ReminderFixture.obligationEvent(eventId, obligation, region, today().plusDays(30), true);
        Mailbox.await(address, 1);
        int planned = reminders(region).size();

        ReminderFixture.obligationEvent(eventId, obligation, region, today().plusDays(30), true);
        KafkaProbe.awaitConsumed("notification-service.regulation-events", Topics.REGULATION);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> Mailbox.to(address).size() == 1);
        assertThat(reminders(region)).hasSize(planned);
    }

    @Test
    void stepsWhoseMomentPassedWhilePausedAreSkippedAndTheLatestUsefulOneIsSent() {
        String region = ReminderFixture.region();
        String address = "lead@" + ReminderFixture.domain();
        ReminderFixture.contact(region, address, "nl");
        given().auth().oauth2(Tokens.admin()).contentType("application/json")
                .body("{\"reason\":\"Regio herstructureert zijn contactpersonen\"}")
                .put("/api/regions/" + region + "/reminder-pause").then().statusCode(200);
        ReminderFixture.obligation(region, ReminderFixture.plainDueDate(today().plusDays(20)), true);
        Reminder dueDay = await().atMost(Duration.ofSeconds(30)).until(() -> reminders(region).stream()
                .filter(r -> r.step().equals("due-day")).findFirst().orElse(null), r -> r != null);
        assertThat(given().auth().oauth2(Tokens.leadR01()).get("/api/regions/" + region + "/reminder-pause")
                .then().statusCode(200).extract().<String>path("reason"))
                .isEqualTo("Regio herstructureert zijn contactpersonen");
        assertThat(given().auth().oauth2(Tokens.leadR01()).get("/api/regions/" + region + "/reminder-pause")
                .then().extract().<Boolean>path("mayChange")).as("the region reads the pause, only the ministry "
                + "changes it").isFalse();
        assertThat(given().auth().oauth2(Tokens.admin()).get("/api/regions/" + region + "/reminder-pause")
                .then().extract().<Boolean>path("mayChange")).isTrue();
        assertThat(given().auth().oauth2(Tokens.reviewer()).get("/api/regions/" + region + "/reminder-pause")
                .then().extract().<Boolean>path("mayChange")).isFalse();

        moveTo(OffsetDateTime.parse(dueDay.scheduledFor()).toInstant().minus(Duration.ofHours(1)));
        given().auth().oauth2(Tokens.admin()).delete("/api/regions/" + region + "/reminder-pause")
                .then().statusCode(200);

        MimeMessage sent = Mailbox.await(address, 1).get(0);
        assertThat(Mailbox.subject(sent)).startsWith("Herinnering: Voortgangsrapportage uiterlijk ");
        awaitReminder(region, address, "before-2d", "sent");
        assertThat(reminders(region).stream().filter(r -> r.status().equals("skipped")).map(Reminder::step))
                .containsExactlyInAnyOrder("announcement", "before-14d");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> Mailbox.to(address).size() == 1);
    }

    /** Whether the step became a reminder row (the API shows steps still to come as planned as well). */
    private static boolean written(String reminderId) {
        return call(() -> Panache.withSession(() -> nl.sto.notification.reminders.Reminder
                .<nl.sto.notification.reminders.Reminder>findById(UUID.fromString(reminderId)))) != null;
    }

    private static <T> T call(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private void moveTo(Instant moment) {
        clock.set(moment.plusSeconds(60));
    }

    private static Instant scheduled(String region, String recipient, String step) {
        return OffsetDateTime.parse(awaitReminder(region, recipient, step, "scheduled").scheduledFor()).toInstant();
    }

    static VEvent event(String calendarText) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(calendarText));
        return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
    }

    static String value(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }
}
