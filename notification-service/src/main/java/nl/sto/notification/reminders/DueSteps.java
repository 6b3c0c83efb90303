package nl.sto.notification.reminders;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.notification.schedule.PlannedStep;

/**
 * Turns the steps of the obligations' schedules whose moment has come into reminders, one per contact the region has
 * at that moment, with the step's idempotency key; so too the message that an obligation's date moved. Steps that
 * came while nothing ran (the service was down) are all written; the dispatcher then records as skipped those of no
 * more use. Runs on one replica at a time; a region's steps wait for its planning turn, so a contact removed or an
 * obligation moved at the same moment is seen.
 */
@ApplicationScoped
public class DueSteps {

    static final int BATCH = 500;

    private static final String TURN = "SELECT pg_try_advisory_xact_lock(hashtext('reminders:due-steps'))";

    private final ObligationRepository obligations;
    private final ReminderRepository reminders;
    private final PlannedMessages messages;

    public DueSteps(ObligationRepository obligations, ReminderRepository reminders, PlannedMessages messages) {
        this.obligations = obligations;
        this.reminders = reminders;
        this.messages = messages;
    }

    /** Writes every step due at {@code now}, a batch of obligations per transaction; how many reminders it wrote. */
    public Uni<Integer> writeAll(Instant now) {
        return Multi.createBy().repeating().uni(() -> Panache.withTransaction(() -> writeBatch(utc(now))))
                .whilst(batch -> batch.obligations() == BATCH)
                .collect().with(Collectors.summingInt(Batch::written));
    }

    private record Batch(int obligations, int written) {
    }

    private Uni<Batch> writeBatch(OffsetDateTime now) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(TURN, Boolean.class).getSingleResult())
                .chain(ours -> !ours ? Uni.createFrom().item(new Batch(0, 0))
                        : obligations.regionsWithStepsDue(now, BATCH).chain(regions -> regions.isEmpty()
                                ? Uni.createFrom().item(new Batch(0, 0))
                                : RegionPlanningLock.acquireAll(regions)
                                        .chain(() -> obligations.lockStepsDue(regions.stream().distinct().toList(),
                                                now, BATCH))
                                        .chain(due -> write(due, now))));
    }

    private Uni<Batch> write(List<TrackedObligation> due, OffsetDateTime now) {
        List<String> regions = due.stream().map(o -> o.regionCode).distinct().toList();
        return Contact.ofRegions(regions).chain(contacts -> {
            List<Reminder> written = new ArrayList<>();
            for (TrackedObligation obligation : due) {
                Instant at = now.toInstant();
                written.addAll(stepsFor(obligation, contacts, at));
                obligation.nextStepAt = obligation.movedFrom == null ? messages.nextStepAfter(obligation, at)
                        : messages.nextStepAfterMove(obligation, at);
                obligation.movedFrom = null;
            }
            return reminders.plan(written, now)
                    .call(() -> obligations.advance(due))
                    .map(ids -> new Batch(due.size(), ids.size()));
        });
    }

    /** The message that the obligation moved, if that is still to be told, then its timed steps due by now. */
    private List<Reminder> stepsFor(TrackedObligation obligation, Map<String, List<Contact>> contacts, Instant now) {
        List<Reminder> written = new ArrayList<>();
        if (obligation.movedFrom != null) {
            contacts.getOrDefault(obligation.regionCode, List.of())
                    .forEach(contact -> written.add(PlannedMessages.dateMoved(obligation, contact, now)));
        }
        for (PlannedStep step : messages.dueBy(obligation, now)) {
            for (Contact contact : contacts.getOrDefault(obligation.regionCode, List.of())) {
                written.add(PlannedMessages.step(obligation, contact, step));
            }
        }
        return written;
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
