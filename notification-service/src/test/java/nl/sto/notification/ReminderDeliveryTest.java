package nl.sto.notification;

import static io.restassured.RestAssured.given;
import static nl.sto.notification.ReminderFixture.awaitReminder;
import static nl.sto.notification.ReminderFixture.reminders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;

import nl.sto.commontest.Database;
import nl.sto.commontest.MovableClock;
import nl.sto.commontest.KafkaProbe;
import nl.sto.commontest.Tokens;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.devstack.DevstackTestResource;
import nl.sto.notification.ReminderFixture.Reminder;
import nl.sto.notification.schedule.ReminderSettings;
import nl.sto.notification.sending.DeliveryResult;
import nl.sto.notification.sending.DispatchRepository;
import nl.sto.notification.sending.Outgoing;
import nl.sto.notification.sending.ReminderDispatcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What goes wrong on the way to the inbox, and what the platform does about it. */
@QuarkusTest
@QuarkusTestResource(DevstackTestResource.class)
class ReminderDeliveryTest {

    @Inject
    MovableClock clock;

    @Inject
    Scheduler scheduler;

    @Inject
    ReminderDispatcher dispatcher;

    @Inject
    DispatchRepository store;

    @Inject
    ReminderSettings settings;

    @AfterEach
    void restore() {
        clock.reset();
        scheduler.resume();
        if (!DevstackTestResource.smtp().isRunning()) {
            DevstackTestResource.smtp().restart();
        }
    }

    @Test
    void anInvalidAddressIsAPermanentFailureThatTheRegionSeesAndOnlyTheMinistryResends() {
        String region = ReminderFixture.region();
        ReminderFixture.contact(region, "not-an-address", "nl");
        ReminderFixture.obligation(region, LocalDate.now(clock).plusDays(30), true);

        Reminder failed = awaitReminder(region, "not-an-address", "announcement", "permanent-failure");
        assertThat(failed.statusReason()).isEqualTo("invalid address: not-an-address");
        assertThat(failed.statusReasonCode()).as("a code a client words in its own language")
                .isEqualTo("invalid-address");
        assertThat(failed.sentAt()).isNull();
        assertThat(given().auth().oauth2(Tokens.admin()).queryParam("status", "permanent-failure")
                .get("/api/reminders?size=200").then().statusCode(200).extract().jsonPath().getList("id"))
                .contains(failed.id());
        assertThat(KafkaProbe.awaitRecords(Topics.NOTIFICATIONS,
                r -> EventTypes.REMINDER_FAILED.equals(KafkaProbe.header(r, "ce_type"))
                        && r.value().contains(failed.id()), 1)).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"status\":\"permanent-failure\""));

        given().auth().oauth2(Tokens.leadR01()).post("/api/reminders/" + failed.id() + "/resend")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.admin()).post("/api/reminders/" + failed.id() + "/resend")
                .then().statusCode(200);
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(Tokens.leadR01())
                .get("/api/regions/" + region + "/reminders/" + failed.id()).then().statusCode(200).extract()
                .jsonPath().getList("attempts").size() == 2);
        assertThat(given().auth().oauth2(Tokens.leadR01()).get("/api/regions/" + region + "/reminders/"
                + failed.id()).then().extract().jsonPath().getList("attempts.outcome"))
                .containsExactly("permanent-failure", "permanent-failure");
    }

    @Test
    void aSentReminderIsNotResentAndItsProofIsKept() {
        String region = ReminderFixture.region();
        String address = "lead@" + ReminderFixture.domain();
        ReminderFixture.contact(region, address, "nl");
        ReminderFixture.obligation(region, LocalDate.now(clock).plusDays(30), true);
        Reminder sent = awaitReminder(region, address, "announcement", "sent");

        given().auth().oauth2(Tokens.admin()).post("/api/reminders/" + sent.id() + "/resend")
                .then().statusCode(409).contentType("application/problem+json");
        var proof = given().auth().oauth2(Tokens.businessR01()).get("/api/regions/" + region + "/reminders/"
                + sent.id()).then().statusCode(200).extract().jsonPath();
        assertThat(proof.getString("contentHash")).hasSize(64);
        assertThat(proof.getString("templateVersion")).hasSize(12);
        assertThat(proof.getInt("calendarSequence")).isZero();
        assertThat(proof.getList("attempts.outcome")).containsExactly("sent");
        assertThat(Mailbox.to(address)).hasSize(1);
    }

    @Test
    void whileTheMailServerIsAwayMessagesWaitAndGoOutOnceWhenItReturns() {
        String region = ReminderFixture.region();
        String address = "lead@" + ReminderFixture.domain();
        ReminderFixture.contact(region, address, "nl");
        DevstackTestResource.smtp().stop();
        ReminderFixture.obligation(region, LocalDate.now(clock).plusDays(30), true);
        Reminder waiting = awaitReminder(region, address, "announcement", "temporary-failure");
        assertThat(waiting.statusReason()).startsWith("no delivery");

        DevstackTestResource.smtp().restart();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            clock.set(clock.instant().plus(Duration.ofMinutes(30)));
            return reminders(region).stream().anyMatch(r -> r.id().equals(waiting.id())
                    && r.status().equals("sent"));
        });
        assertThat(Mailbox.to(address)).hasSize(1);
        List<String> outcomes = given().auth().oauth2(Tokens.admin()).get("/api/regions/" + region + "/reminders/"
                + waiting.id()).then().statusCode(200).extract().jsonPath().getList("attempts.outcome");
        assertThat(outcomes.get(0)).isEqualTo("temporary-failure");
        assertThat(outcomes.get(outcomes.size() - 1)).isEqualTo("sent");
        assertThat(outcomes.stream().filter("sent"::equals)).hasSize(1);
    }

    @Test
    void temporaryFailuresForLongerThanRetriesLastBecomeATechnicalFailure() {
        String region = ReminderFixture.region();
        String address = "lead@" + ReminderFixture.domain();
        ReminderFixture.contact(region, address, "nl");
        DevstackTestResource.smtp().stop();
        ReminderFixture.obligation(region, LocalDate.now(clock).plusDays(30), true);
        Reminder waiting = awaitReminder(region, address, "announcement", "temporary-failure");

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            clock.set(clock.instant().plus(Duration.ofHours(2)));
            return reminders(region).stream().anyMatch(r -> r.id().equals(waiting.id())
                    && r.status().equals("technical-failure"));
        });
        assertThat(KafkaProbe.awaitRecords(Topics.NOTIFICATIONS,
                r -> EventTypes.REMINDER_FAILED.equals(KafkaProbe.header(r, "ce_type"))
                        && r.value().contains(waiting.id()), 1)).singleElement()
                .satisfies(r -> assertThat(r.value()).contains("\"status\":\"technical-failure\""));
    }

    @Test
    void dispatchersRacingForTheSameMessagesSendEachOnce() throws Exception {
        scheduler.pause();
        String region = ReminderFixture.region();
        String domain = ReminderFixture.domain();
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            addresses.add("contact" + i + "@" + domain);
            ReminderFixture.contact(region, addresses.get(i), i % 2 == 0 ? "nl" : "en");
        }
        ReminderFixture.obligation(region, LocalDate.now(clock).plusDays(30), true);
        await().atMost(Duration.ofSeconds(30)).until(() -> reminders(region).stream()
                .filter(r -> r.step().equals("announcement") && r.status().equals("scheduled")).count() == 25);

        ExecutorService threads = Executors.newFixedThreadPool(3);
        try {
            List<CompletableFuture<Integer>> rounds = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                rounds.add(CompletableFuture.supplyAsync(() -> dispatchNow(), threads));
            }
            int handled = 0;
            for (CompletableFuture<Integer> round : rounds) {
                handled += round.get();
            }
            assertThat(handled).isGreaterThanOrEqualTo(25);
        } finally {
            threads.shutdown();
        }
        for (String address : addresses) {
            assertThat(Mailbox.to(address)).as(address).hasSize(1);
        }
        assertThat(reminders(region).stream().filter(r -> r.step().equals("announcement")))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo("sent"));
    }

    @Test
    void aResultWhoseClaimRanOutIsKeptAsAnAttemptButOnlyTheReplicaHoldingTheClaimRecordsTheReminder() {
        Held held = heldAnnouncement();
        String region = held.region();
        String address = held.address();
        Reminder announcement = held.announcement();

        Instant claimedAt = clock.instant();
        Outgoing stale = call(() -> store.claim(claimedAt)).stream()
                .filter(o -> o.reminder().id.toString().equals(announcement.id())).findFirst().orElseThrow();
        clock.set(claimedAt.plus(settings.claimLease()).plusSeconds(1));
        assertThat(dispatchNow()).isPositive();
        call(() -> store.record(List.of(DeliveryResult.sent(stale, null)), claimedAt));

        assertThat(Mailbox.to(address)).hasSize(1);
        var proof = given().auth().oauth2(Tokens.leadR01())
                .get("/api/regions/" + region + "/reminders/" + announcement.id()).then().statusCode(200)
                .extract().jsonPath();
        assertThat(proof.getString("reminder.status")).isEqualTo("sent");
        assertThat(proof.getList("attempts.attempt", Integer.class)).containsExactly(1, 2);
        assertThat(KafkaProbe.awaitRecords(Topics.NOTIFICATIONS,
                r -> EventTypes.REMINDER_SENT.equals(KafkaProbe.header(r, "ce_type"))
                        && r.value().contains(announcement.id()), 1)).hasSize(1);
    }

    @Test
    void aMailServerThatStopsAnsweringCostsABatchOneTimeoutNotOnePerMessage() throws Exception {
        scheduler.pause();
        String region = ReminderFixture.region();
        String domain = ReminderFixture.domain();
        int contacts = settings.concurrentSends() * 3;
        for (int i = 0; i < contacts; i++) {
            ReminderFixture.contact(region, "contact" + i + "@" + domain, "nl");
        }
        ReminderFixture.obligation(region, LocalDate.now(clock).plusDays(30), true);
        await().atMost(Duration.ofSeconds(30)).until(() -> reminders(region).stream()
                .filter(r -> r.step().equals("announcement") && r.status().equals("scheduled")).count() == contacts);

        DevstackTestResource.smtp().stop();
        try (SilentMailServer hanging = SilentMailServer.on(DevstackTestResource.smtp().host(),
                DevstackTestResource.smtp().port())) {
            dispatchNow();
        }

        List<Reminder> announcements = reminders(region).stream().filter(r -> r.step().equals("announcement"))
                .toList();
        assertThat(announcements).hasSize(contacts)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo("temporary-failure"));
        int atOnce = settings.concurrentSends();
        assertThat(announcements.stream().filter(r -> r.statusReason().startsWith("no delivery")))
                .as("handed over, and left unanswered until the timeout").hasSizeLessThanOrEqualTo(atOnce);
        assertThat(announcements.stream().filter(r -> "server-silent".equals(r.statusReasonCode())))
                .as("not handed over after that").hasSizeGreaterThanOrEqualTo(contacts - atOnce);
    }

    @Test
    void aConnectionLostWhileRecordingIsRecordedAgainAndTheMessageIsNotSentTwice() throws Exception {
        Held held = heldAnnouncement();

        CompletableFuture<Integer> round;
        try (Connection elsewhere = Database.connect()) {
            // the record waits to write its attempts, so that its connection can be cut while it records
            elsewhere.setAutoCommit(false);
            try (PreparedStatement attemptsWait = elsewhere.prepareStatement(
                    "LOCK TABLE delivery_attempt IN EXCLUSIVE MODE")) {
                attemptsWait.execute();
            }
            round = CompletableFuture.supplyAsync(this::dispatchNow);
            await().atMost(Duration.ofSeconds(30)).until(() -> Database.count("""
                    SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                    WHERE datname = current_database() AND wait_event_type = 'Lock'
                      AND query LIKE '%INSERT INTO delivery_attempt%' AND pid <> pg_backend_pid()""") > 0);
            elsewhere.rollback();
        }

        assertThat(round.get(30, TimeUnit.SECONDS)).isPositive();
        assertThat(Mailbox.to(held.address())).hasSize(1);
        var proof = given().auth().oauth2(Tokens.leadR01())
                .get("/api/regions/" + held.region() + "/reminders/" + held.announcement().id())
                .then().statusCode(200).extract().jsonPath();
        assertThat(proof.getString("reminder.status")).isEqualTo("sent");
        assertThat(proof.getList("attempts.attempt", Integer.class)).containsExactly(1);
    }

    @Test
    void aReminderWhoseSendingFailsForNowWhileAnAmendmentCancelsItIsCancelledAllTheSame() throws Exception {
        Held held = heldAnnouncement();

        try (Connection dispatcherElsewhere = Database.connect()) {
            // another replica's failed attempt, committed while the amendment's cancel waits for the row
            dispatcherElsewhere.setAutoCommit(false);
            try (PreparedStatement failedForNow = dispatcherElsewhere.prepareStatement(
                    "UPDATE reminder SET status = 'temporary-failure', attempts = 1 WHERE id = ?")) {
                failedForNow.setObject(1, UUID.fromString(held.announcement().id()));
                assertThat(failedForNow.executeUpdate()).isOne();
            }
            ReminderFixture.deadlineChanged(UUID.randomUUID().toString(), held.region(), held.obligation(), held.due(),
                    held.due().plusDays(14), 2, "Stcrt. 2027, nr. 13");
            await().atMost(Duration.ofSeconds(30)).until(() -> Database.count("""
                    SELECT count(*) FROM pg_stat_activity
                    WHERE datname = current_database() AND wait_event_type = 'Lock'
                      AND query LIKE 'UPDATE reminder SET status = ''cancelled''%'""") > 0);
            dispatcherElsewhere.commit();
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> reminders(held.region()).stream()
                .anyMatch(r -> r.id().equals(held.announcement().id()) && r.status().equals("cancelled")));
        scheduler.resume();
        assertThat(Mailbox.subject(Mailbox.await(held.address(), 1).get(0))).startsWith("Datum verschoven: ");
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(4))
                .until(() -> Mailbox.to(held.address()).size() == 1);
    }

    @Test
    void aMalformedEventGoesToTheDeadLettersAndTheNextOneIsProcessed() {
        String region = ReminderFixture.region();
        String address = "lead@" + ReminderFixture.domain();
        ReminderFixture.contact(region, address, "nl");
        String poison = UUID.randomUUID().toString();
        KafkaProbe.sendCloudEvent(Topics.REGULATION, poison, EventTypes.OBLIGATION_CREATED, region,
                "{\"obligationId\":\"not-a-uuid\",\"dueDate\":\"someday\"}");
        ReminderFixture.obligation(region, LocalDate.now(clock).plusDays(30), true);

        assertThat(KafkaProbe.awaitRecords(Topics.deadLetter(Topics.REGULATION,
                "notification-service.regulation-events"), r -> poison.equals(KafkaProbe.header(r, "ce_id")), 1))
                .singleElement().satisfies(r -> assertThat(KafkaProbe.header(r, "dead-letter-reason")).isNotBlank());
        assertThat(Mailbox.await(address, 1)).hasSize(1);
    }

    /** A region with one contact and one obligation, whose announcement waits: nothing is sent until a test sends. */
    private Held heldAnnouncement() {
        scheduler.pause();
        String region = ReminderFixture.region();
        String address = "lead@" + ReminderFixture.domain();
        ReminderFixture.contact(region, address, "nl");
        LocalDate due = LocalDate.now(clock).plusDays(30);
        String obligation = ReminderFixture.obligation(region, due, true);
        return new Held(region, address, obligation, due, awaitReminder(region, address, "announcement", "scheduled"));
    }

    private record Held(String region, String address, String obligation, LocalDate due, Reminder announcement) {
    }

    private static <T> T call(Supplier<Uni<T>> work) {
        try {
            return VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private int dispatchNow() {
        return call(() -> dispatcher.dispatchDue());
    }
}
