package nl.sto.notification.reminders;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.problem.ProblemException;
import nl.sto.notification.schedule.PlannedStep;

/** Reads reminders and their delivery, and what the ministry does with them: resend, pause, resume. */
@ApplicationScoped
public class ReminderService {

    /** Failures first (they need someone), then what is under way, then the rest; newest first within each. */
    private static final String OVERVIEW_ORDER = """
            case when status in ('permanent-failure', 'technical-failure') then 0
                 when status in ('temporary-failure', 'sending') then 1 else 2 end, scheduledFor desc, id""";

    private static final Comparator<Reminder> IN_TIME = Comparator.comparing((Reminder r) -> r.scheduledFor)
            .thenComparing(r -> r.step).thenComparing(r -> r.recipient);

    private final Clock clock;
    private final PlannedMessages messages;

    public ReminderService(Clock clock, PlannedMessages messages) {
        this.clock = clock;
        this.messages = messages;
    }

    /** The region's reminders: those written (sent, due, cancelled ...) and the steps still to come, in time order. */
    @WithSession
    public Uni<List<Reminder>> ofRegion(String regionCode) {
        return Reminder.<Reminder>list("regionCode", regionCode)
                .chain(written -> toCome(regionCode).map(toCome -> {
                    Set<UUID> ids = written.stream().map(r -> r.id).collect(Collectors.toSet());
                    List<Reminder> all = new ArrayList<>(written);
                    toCome.stream().filter(r -> !ids.contains(r.id)).forEach(all::add);
                    all.sort(IN_TIME);
                    return all;
                }));
    }

    /**
     * The steps of the region's obligations still to come, as they will be written for its contacts of now: not yet
     * rows, but with the ids they will have.
     */
    private Uni<List<Reminder>> toCome(String regionCode) {
        return TrackedObligation.<TrackedObligation>list("regionCode = ?1 and nextStepAt is not null", regionCode)
                .chain(open -> open.isEmpty() ? Uni.createFrom().item(List.<Reminder>of())
                        : Contact.ofRegion(regionCode).map(contacts -> {
                            List<Reminder> planned = new ArrayList<>();
                            for (TrackedObligation obligation : open) {
                                for (PlannedStep step : messages.toCome(obligation)) {
                                    contacts.forEach(c -> planned.add(PlannedMessages.step(obligation, c, step)));
                                }
                            }
                            return planned;
                        }));
    }

    /**
     * One reminder of the region with every delivery attempt (a step still to come has none); 404 when the region has
     * no such reminder.
     */
    @WithSession
    public Uni<Proof> proof(String regionCode, UUID id) {
        return Reminder.<Reminder>find("id = ?1 and regionCode = ?2", id, regionCode).firstResult()
                .chain(found -> found != null ? Uni.createFrom().item(found)
                        : toCome(regionCode).map(toCome -> toCome.stream().filter(r -> r.id.equals(id)).findFirst()
                                .orElseThrow(() -> ProblemException.notFound("Region " + regionCode
                                        + " has no reminder " + id))))
                .chain(reminder -> DeliveryAttempt.<DeliveryAttempt>list("reminderId", Sort.by("attempt"), id)
                        .map(attempts -> new Proof(reminder, attempts)));
    }

    public record Proof(Reminder reminder, List<DeliveryAttempt> attempts) {
    }

    /** Every region's reminders with the given statuses (all when none), failures first. */
    @WithSession
    public Uni<List<Reminder>> overview(List<ReminderStatus> statuses, int page, int size) {
        var query = statuses.isEmpty() ? Reminder.<Reminder>find("order by " + OVERVIEW_ORDER)
                : Reminder.<Reminder>find("status in ?1 order by " + OVERVIEW_ORDER, statuses);
        return query.page(Page.of(page, size)).list();
    }

    /** A failed message goes out again at the next dispatch round, as a new attempt of the same message. */
    @WithTransaction
    public Uni<Reminder> resend(UUID id, String by) {
        return Reminder.<Reminder>findById(id).map(reminder -> {
            if (reminder == null) {
                throw ProblemException.notFound("There is no reminder " + id);
            }
            if (!reminder.status.failed()) {
                throw ProblemException.conflict("status", "only a failed reminder can be resent; this one is "
                        + reminder.status.value());
            }
            OffsetDateTime now = now();
            reminder.status = ReminderStatus.SCHEDULED;
            reminder.statusReason = "resent by " + by;
            reminder.nextAttemptAt = now;
            reminder.firstAttemptAt = null;
            return reminder;
        });
    }

    @WithSession
    public Uni<RegionPause> pauseOf(String regionCode) {
        return RegionPause.findById(regionCode);
    }

    /** Pausing again only changes the reason. */
    @WithTransaction
    public Uni<RegionPause> pause(String regionCode, String reason, String by) {
        return RegionPause.<RegionPause>findById(regionCode).chain(existing -> {
            RegionPause pause = existing != null ? existing : new RegionPause();
            pause.reason = reason.strip();
            pause.pausedBy = by;
            if (existing == null) {
                pause.regionCode = regionCode;
                pause.pausedAt = now();
                return pause.persist();
            }
            return Uni.createFrom().item(pause);
        });
    }

    /** Reminders go out again; those whose moment passed meanwhile follow the usual rule (sent if still useful). */
    @WithTransaction
    public Uni<Boolean> resume(String regionCode) {
        return RegionPause.deleteById(regionCode);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
