package nl.sto.notification.reminders;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.inbox.PoisonEventException;
import nl.sto.common.outbox.Outbox;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.contracts.notifications.ReminderCancelled;
import nl.sto.contracts.regions.ContactChanged;
import nl.sto.contracts.regions.RegionClosed;
import nl.sto.contracts.regulation.DeadlineChanged;
import nl.sto.contracts.regulation.ObligationCreated;
import nl.sto.contracts.reports.ReportReturned;
import nl.sto.notification.schedule.PlannedStep;
import nl.sto.notification.schedule.Steps;

/**
 * Keeps every open obligation's reminders in step with what happened to it: announced when it is created, planned
 * anew (with one message saying so) when its date moves, stopped with a calendar cancel when the report is in or the
 * region leaves, a request to resubmit when a report is returned, and announced to a contact who joins. The timed
 * steps are not written here: the obligation keeps the moment of its next step, and {@link DueSteps} turns each step
 * into reminders for the region's contacts of that moment. Each method runs in the transaction of the event (or the
 * batch of events) that caused it, so a redelivered event plans nothing twice.
 */
@ApplicationScoped
public class ReminderPlanner {

    static final String CANCELLED_SUBMITTED = StatusReason.REPORT_SUBMITTED.text();
    static final String CANCELLED_WITHDRAWN = StatusReason.PARTICIPATION_ENDED.text();
    static final String CANCELLED_CONTACT = StatusReason.CONTACT_CHANGED.text();

    private final ReminderRepository reminders;
    private final ObligationRepository obligations;
    private final Outbox outbox;
    private final Clock clock;
    private final PlannedMessages messages;

    public ReminderPlanner(ReminderRepository reminders, ObligationRepository obligations, Outbox outbox, Clock clock,
            PlannedMessages messages) {
        this.reminders = reminders;
        this.obligations = obligations;
        this.outbox = outbox;
        this.clock = clock;
        this.messages = messages;
    }

    /** Obligations new to the region: each contact is announced them, and their schedules start. */
    @WithTransaction
    public Uni<Void> obligationsCreated(List<ObligationCreated> created) {
        Instant now = clock.instant();
        List<TrackedObligation> obligations = created.stream().map(ReminderPlanner::tracked).toList();
        List<TrackedObligation> ahead = obligations.stream().filter(o -> !o.dueDate.isBefore(today())).toList();
        ahead.forEach(o -> o.nextStepAt = messages.nextStepAfter(o, now));
        return RegionPlanningLock.acquireAll(obligations.stream().map(o -> o.regionCode).toList())
                .chain(() -> this.obligations.add(obligations))
                .chain(() -> planForEachContact(ahead,
                        (obligation, contact, at) -> List.of(PlannedMessages.announcement(obligation, contact, at))));
    }

    /**
     * Moved dates: each open obligation's steps are planned again from its new date, and its contacts are to be told
     * once that it moved, from what to what and why: the obligation keeps the date it moved from and its next step is
     * due at once, so {@link DueSteps} writes that message with the timed steps (to the contacts of that moment). Each
     * obligation appears at most once in {@code changes}.
     */
    @WithTransaction
    public Uni<Void> deadlinesChanged(List<DeadlineChanged> changes) {
        return RegionPlanningLock.acquireAll(changes.stream().map(DeadlineChanged::regionCode).toList())
                .chain(() -> obligations.readOnly(changes.stream().map(c -> UUID.fromString(c.obligationId()))
                        .toList()))
                .chain(found -> redate(found, changes));
    }

    private Uni<Void> redate(List<TrackedObligation> found, List<DeadlineChanged> changes) {
        Instant now = clock.instant();
        Map<UUID, TrackedObligation> byId = new HashMap<>();
        found.forEach(o -> byId.put(o.id, o));
        Map<UUID, String> replanned = new LinkedHashMap<>();
        for (DeadlineChanged changed : changes) {
            TrackedObligation obligation = known(byId, changed.obligationId());
            if (obligation.state.remindable()) {
                replanned.put(obligation.id, "the date moved from " + obligation.dueDate + " to " + changed.to()
                        + " (" + changed.reason() + ")");
                if (obligation.movedFrom == null) {
                    obligation.movedFrom = obligation.dueDate;
                }
            }
            obligation.dueDate = changed.to();
            obligation.deadlineVersion = changed.version();
            obligation.legalReference = changed.reason();
            obligation.calendarSequence++;
            obligation.nextStepAt = obligation.movedFrom != null ? nowUtc()
                    : obligation.dueDate.isBefore(today()) ? null : messages.nextStepAfter(obligation, now);
        }
        return obligations.redate(found)
                .chain(() -> reminders.cancelPending(replanned)).replaceWithVoid();
    }

    /** What one contact is to be sent about one obligation, planned for every contact of each obligation's region. */
    private Uni<Void> planForEachContact(List<TrackedObligation> obligations, ContactMessages messagesFor) {
        return contactsOf(obligations).chain(contacts -> {
            Instant now = clock.instant();
            List<Reminder> planned = new ArrayList<>();
            for (TrackedObligation obligation : obligations) {
                for (Contact contact : contacts.getOrDefault(obligation.regionCode, List.of())) {
                    planned.addAll(messagesFor.plan(obligation, contact, now));
                }
            }
            return reminders.plan(planned, nowUtc()).replaceWithVoid();
        });
    }

    @FunctionalInterface
    private interface ContactMessages {
        List<Reminder> plan(TrackedObligation obligation, Contact contact, Instant now);
    }

    private static TrackedObligation known(Map<UUID, TrackedObligation> byId, String id) {
        TrackedObligation obligation = byId.get(UUID.fromString(id));
        if (obligation == null) {
            throw new PoisonEventException("Obligation " + id + " is not known to notification-service");
        }
        return obligation;
    }

    private static TrackedObligation tracked(ObligationCreated created) {
        TrackedObligation obligation = new TrackedObligation();
        obligation.id = UUID.fromString(created.obligationId());
        obligation.regionCode = created.regionCode();
        obligation.regulationId = created.regulationId();
        obligation.kind = created.kind();
        obligation.nameNl = created.kindName().nl();
        obligation.nameEn = created.kindName().en();
        obligation.report = created.report();
        obligation.dueDate = created.dueDate();
        obligation.deadlineVersion = created.version();
        obligation.legalReference = created.legalReference();
        obligation.state = ObligationState.OPEN;
        return obligation;
    }

    /** A report is in: what was still to be sent is cancelled, and every calendar entry is cancelled. */
    @WithTransaction
    public Uni<Void> reportSubmitted(String regionCode, String obligationId) {
        return obligation(regionCode, obligationId).chain(obligation -> {
            obligation.state = ObligationState.SUBMITTED;
            return stop(obligation, CANCELLED_SUBMITTED);
        });
    }

    /** The reviewer returned the report: the region is asked to resubmit, and the calendar entry returns. */
    @WithTransaction
    public Uni<Void> reportReturned(ReportReturned returned) {
        return obligation(returned.regionCode(), returned.obligationId()).chain(obligation -> {
            obligation.state = ObligationState.RETURNED;
            obligation.calendarSequence++;
            return Contact.ofRegion(obligation.regionCode).chain(contacts -> {
                Instant now = clock.instant();
                List<Reminder> planned = contacts.stream()
                        .map(c -> PlannedMessages.now(obligation, c, Steps.returned(returned.version()), now))
                        .toList();
                return reminders.plan(planned, nowUtc()).replaceWithVoid();
            });
        });
    }

    @WithTransaction
    public Uni<Void> reportAccepted(String regionCode, String obligationId) {
        return obligation(regionCode, obligationId).invoke(obligation -> obligation.state = ObligationState.ACCEPTED)
                .replaceWithVoid();
    }

    /** The region left the programme: its obligations are withdrawn, with their reminders and calendar entries. */
    @WithTransaction
    public Uni<Void> regionClosed(RegionClosed closed) {
        return RegionPlanningLock.acquire(closed.code()).chain(() -> TrackedObligation.<TrackedObligation>list("regionCode = ?1 and state in ?2", closed.code(),
                List.of(ObligationState.OPEN, ObligationState.RETURNED, ObligationState.SUBMITTED))
                .chain(obligations -> {
                    Uni<Void> all = Uni.createFrom().voidItem();
                    for (TrackedObligation obligation : obligations) {
                        boolean hadReminders = obligation.state.remindable();
                        obligation.state = ObligationState.WITHDRAWN;
                        if (hadReminders) {
                            all = all.chain(() -> stop(obligation, CANCELLED_WITHDRAWN));
                        }
                    }
                    return all;
                }));
    }

    /**
     * A contact was added, changed or removed. A removed contact, or one with a new address, is sent nothing more
     * at the old one; a contact with an address that was not announced an open obligation yet gets its announcement.
     * The steps still ahead go to whoever is a contact when they are due; a new language applies to everything not yet
     * sent.
     */
    @WithTransaction
    public Uni<Void> contactChanged(ContactChanged changed) {
        return RegionPlanningLock.acquire(changed.regionCode())
                .chain(() -> Contact.<Contact>findById(changed.contactId())).chain(existing -> {
            Contact contact = existing != null ? existing : new Contact();
            boolean newAddress = existing == null || !Objects.equals(existing.email, changed.email());
            contact.id = changed.contactId();
            contact.regionCode = changed.regionCode();
            contact.name = changed.name();
            contact.email = changed.email();
            contact.role = changed.role();
            contact.language = "en".equals(changed.language()) ? "en" : "nl";
            contact.removed = changed.removed();
            Uni<Contact> saved = existing == null ? contact.persist() : Uni.createFrom().item(contact);
            return saved.chain(c -> reminders.pendingFor(c.regionCode, c.id)).chain(pending -> {
                List<Reminder> stopped = new ArrayList<>();
                for (Reminder r : pending) {
                    if (contact.removed || newAddress) {
                        r.status = ReminderStatus.CANCELLED;
                        r.statusReason = CANCELLED_CONTACT;
                        stopped.add(r);
                    } else {
                        r.language = contact.language;
                    }
                }
                Uni<Void> cancelled = publishCancelled(stopped);
                return contact.removed ? cancelled : cancelled.chain(() -> planForNewAddress(contact));
            });
        });
    }

    private Uni<Void> planForNewAddress(Contact contact) {
        return reminders.announcedTo(contact.regionCode, contact.id, contact.email)
                .chain(announced -> TrackedObligation.<TrackedObligation>list(
                        "regionCode = ?1 and state in ?2 and dueDate >= ?3", contact.regionCode,
                        List.of(ObligationState.OPEN, ObligationState.RETURNED), today())
                        .chain(open -> {
                            Instant now = clock.instant();
                            List<Reminder> planned = open.stream().filter(o -> !announced.contains(o.id))
                                    .map(o -> PlannedMessages.announcement(o, contact, now)).toList();
                            return reminders.plan(planned, nowUtc()).replaceWithVoid();
                        }));
    }

    /**
     * Nothing more is sent for the obligation: what was due and not sent is cancelled, and so are the steps still to
     * come, kept as cancelled reminders so that the region sees what it will not be sent. Whoever has its calendar
     * entry gets a cancel for it.
     */
    private Uni<Void> stop(TrackedObligation obligation, String reason) {
        obligation.calendarSequence++;
        List<PlannedStep> toCome = messages.toCome(obligation);
        obligation.nextStepAt = null;
        obligation.movedFrom = null;
        return Contact.ofRegion(obligation.regionCode)
                .chain(contacts -> cancelRemaining(obligation, toCome, contacts, reason)
                        .chain(this::publishCancelled)
                        .chain(() -> cancelCalendarEntries(obligation, contacts, reason)));
    }

    /**
     * What was due and not sent, and the steps still to come, written as cancelled reminders to each contact: every
     * reminder this cancelled.
     */
    private Uni<List<Reminder>> cancelRemaining(TrackedObligation obligation, List<PlannedStep> toCome,
            List<Contact> contacts, String reason) {
        List<Reminder> unsent = new ArrayList<>();
        for (PlannedStep step : toCome) {
            for (Contact contact : contacts) {
                Reminder r = PlannedMessages.step(obligation, contact, step);
                r.status = ReminderStatus.CANCELLED;
                r.statusReason = reason;
                unsent.add(r);
            }
        }
        return reminders.cancelPending(obligation.id, null, reason)
                .chain(pending -> reminders.plan(unsent, nowUtc()).map(written -> {
                    Set<UUID> ids = Set.copyOf(written);
                    List<Reminder> cancelled = new ArrayList<>(pending);
                    unsent.stream().filter(r -> ids.contains(r.id)).forEach(cancelled::add);
                    return cancelled;
                }));
    }

    /** Whoever was sent a message about the obligation has its calendar entry, and gets a cancel for it. */
    private Uni<Void> cancelCalendarEntries(TrackedObligation obligation, List<Contact> contacts, String reason) {
        return reminders.contactsWithCalendarEntry(obligation.id).chain(withEntry -> {
            Instant now = clock.instant();
            List<Reminder> cancels = contacts.stream().filter(c -> withEntry.contains(c.id)).map(c -> {
                Reminder cancel = PlannedMessages.now(obligation, c, Steps.calendarCancel(obligation.calendarSequence),
                        now);
                cancel.reason = reason;
                return cancel;
            }).toList();
            return reminders.plan(cancels, nowUtc()).replaceWithVoid();
        });
    }

    private Uni<Void> publishCancelled(List<Reminder> cancelled) {
        if (cancelled.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        OffsetDateTime now = nowUtc();
        List<Outbox.Keyed> events = cancelled.stream().map(r -> new Outbox.Keyed(r.regionCode,
                new ReminderCancelled(r.id.toString(), r.regionCode, r.obligationId.toString(), r.step, r.contactId,
                        r.statusReason, now))).toList();
        return outbox.addAll(Topics.NOTIFICATIONS, EventTypes.REMINDER_CANCELLED, events).replaceWithVoid();
    }

    /** The obligation, with its region's planning turn; an obligation this service never heard of is poison. */
    private Uni<TrackedObligation> obligation(String regionCode, String id) {
        return RegionPlanningLock.acquire(regionCode)
                .chain(() -> TrackedObligation.<TrackedObligation>findById(UUID.fromString(id))).map(found -> {
            if (found == null) {
                throw new PoisonEventException("Obligation " + id + " is not known to notification-service");
            }
            return found;
        });
    }

    /** The contacts of the obligations' regions, by region. */
    private static Uni<Map<String, List<Contact>>> contactsOf(List<TrackedObligation> obligations) {
        return Contact.ofRegions(obligations.stream().map(o -> o.regionCode).collect(Collectors.toSet()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime nowUtc() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
