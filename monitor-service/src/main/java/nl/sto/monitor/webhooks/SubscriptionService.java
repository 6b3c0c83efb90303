package nl.sto.monitor.webhooks;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.problem.ProblemException;
import nl.sto.common.security.Caller;
import nl.sto.monitor.events.EventLogReader;
import nl.sto.monitor.webhooks.SubscriptionInput.Checked;
import nl.sto.monitor.webhooks.SubscriptionInput.ReplayStart;
import nl.sto.monitor.webhooks.SubscriptionViews.AttemptView;
import nl.sto.monitor.webhooks.SubscriptionViews.DeliveryDetail;
import nl.sto.monitor.webhooks.SubscriptionViews.DeliveryView;
import nl.sto.monitor.webhooks.SubscriptionViews.ReplayView;
import nl.sto.monitor.webhooks.SubscriptionViews.SubscriptionView;

/**
 * The monitor team's webhook subscriptions: made, read, deleted, resumed, their secret rotated, a delivery sent again,
 * a stretch of the log replayed. Every method looks the subscription up as the caller may see it
 * ({@link SubscriptionAccess}): someone else's is a 404 like an unknown one. The deliveries themselves are the
 * {@link DeliveryWorker}'s, which each of these nudges.
 */
@ApplicationScoped
public class SubscriptionService {

    /** The first position of the log with a time of {@code since} on, minus one: where a replay by time starts. */
    private static final String BEFORE_SINCE = """
            SELECT COALESCE(min(position), (SELECT COALESCE(max(position), 0) + 1 FROM event_log)) - 1
            FROM event_log WHERE time >= CAST(:since AS timestamptz)""";

    private final EventLogReader log;
    private final DeliveryWorker worker;
    private final WebhookSettings settings;
    private final ObjectMapper json;
    private final Clock clock;

    public SubscriptionService(EventLogReader log, DeliveryWorker worker, WebhookSettings settings, ObjectMapper json,
            Clock clock) {
        this.log = log;
        this.worker = worker;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /** Delivers the events appended from now on (what came before, a replay sends); the secret is shown here only. */
    public Uni<SubscriptionView> create(Caller owner, Checked input) {
        String secret = WebhookSecret.generate();
        return log.head().chain(head -> insert(owner, input, secret, head))
                .map(created -> view(created).withSecret(secret));
    }

    @WithTransaction
    Uni<WebhookSubscription> insert(Caller owner, Checked input, String secret, long head) {
        WebhookSubscription s = new WebhookSubscription();
        s.id = UUID.randomUUID();
        s.ownerSubject = owner.subject();
        s.ownerName = owner.name();
        s.url = input.url().toString();
        s.description = input.description();
        s.contactEmail = input.contactEmail();
        s.filters = input.filters();
        s.secret = secret;
        s.status = WebhookSubscription.ACTIVE;
        s.logCursor = head;
        s.createdAt = now();
        return s.persist();
    }

    @WithSession
    public Uni<List<SubscriptionView>> list(Caller caller) {
        String owner = SubscriptionAccess.ownerSeenBy(caller);
        Uni<List<WebhookSubscription>> found = owner == null
                ? WebhookSubscription.listAll(Sort.by("createdAt").and("id"))
                : WebhookSubscription.list("ownerSubject", Sort.by("createdAt").and("id"), owner);
        return found.map(all -> all.stream().map(this::view).toList());
    }

    @WithSession
    public Uni<SubscriptionView> find(Caller caller, UUID id) {
        return visible(caller, id).map(this::view);
    }

    @WithTransaction
    public Uni<Void> delete(Caller caller, UUID id) {
        return visible(caller, id).call(s -> s.delete()).replaceWithVoid();
    }

    /** A paused or disabled subscription goes on from where it stopped; an active one stays as it is. */
    public Uni<SubscriptionView> resume(Caller caller, UUID id) {
        return resumed(caller, id).map(this::view).invoke(worker::wake);
    }

    @WithTransaction
    Uni<WebhookSubscription> resumed(Caller caller, UUID id) {
        return visible(caller, id).invoke(s -> {
            if (!s.isActive()) {
                s.resume(now());
            }
        });
    }

    /** A new secret, shown in this answer only; the one before signs beside it for {@code secret-overlap}. */
    @WithTransaction
    public Uni<SubscriptionView> rotate(Caller caller, UUID id) {
        String secret = WebhookSecret.generate();
        return visible(caller, id).invoke(s -> s.rotate(secret, now().plus(settings.secretOverlap())))
                .map(s -> view(s).withSecret(secret));
    }

    @WithSession
    public Uni<List<DeliveryView>> deliveries(Caller caller, UUID id, String status, Page page) {
        return visible(caller, id).chain(s -> (status == null
                ? WebhookDelivery.find("subscriptionId", Sort.descending("seq"), id)
                : WebhookDelivery.find("subscriptionId = ?1 and status = ?2", Sort.descending("seq"), id, status))
                .page(page).<WebhookDelivery>list())
                .map(found -> found.stream().map(DeliveryView::of).toList());
    }

    @WithSession
    public Uni<DeliveryDetail> delivery(Caller caller, UUID id, UUID deliveryId) {
        return visible(caller, id).chain(s -> deliveryOf(id, deliveryId))
                .chain(d -> WebhookAttempt.<WebhookAttempt>list("deliveryId", Sort.by("attempt"), deliveryId)
                        .map(attempts -> new DeliveryDetail(DeliveryView.of(d),
                                attempts.stream().map(AttemptView::of).toList())));
    }

    /** A new delivery of the same event, with the same webhook-id, sent at once. */
    public Uni<DeliveryView> resend(Caller caller, UUID id, UUID deliveryId) {
        return resent(caller, id, deliveryId).map(DeliveryView::of).invoke(worker::wake);
    }

    @WithTransaction
    Uni<WebhookDelivery> resent(Caller caller, UUID id, UUID deliveryId) {
        return visible(caller, id).chain(s -> deliveryOf(id, deliveryId)).chain(original -> {
            WebhookDelivery again = new WebhookDelivery();
            again.id = UUID.randomUUID();
            again.subscriptionId = id;
            again.eventId = original.eventId;
            again.position = original.position;
            again.eventType = original.eventType;
            again.cause = WebhookDelivery.RESEND;
            again.status = WebhookDelivery.PENDING;
            again.createdAt = now();
            again.nextAttemptAt = again.createdAt;
            return again.persist();
        });
    }

    /** Every event of the log from there on that the filters pass, delivered again in the background. */
    public Uni<ReplayView> replay(Caller caller, UUID id, ReplayStart start) {
        return log.head().chain(head -> started(caller, id, start, head)).map(ReplayView::of).invoke(worker::wake);
    }

    @WithTransaction
    Uni<WebhookReplay> started(Caller caller, UUID id, ReplayStart start, long head) {
        return visible(caller, id)
                .call(s -> WebhookReplay.count("subscriptionId = ?1 and status = ?2", id, WebhookReplay.RUNNING)
                        .invoke(running -> {
                            if (running > 0) {
                                throw ProblemException.conflict("Subscription " + id + " is replaying already; "
                                        + "start another when that one is done");
                            }
                        }))
                .chain(s -> startPosition(start, head))
                .chain(from -> {
                    WebhookReplay replay = new WebhookReplay();
                    replay.id = UUID.randomUUID();
                    replay.subscriptionId = id;
                    replay.since = start.since();
                    replay.fromPosition = Math.min(from, head);
                    replay.upTo = head;
                    replay.scannedTo = replay.fromPosition;
                    replay.status = WebhookReplay.RUNNING;
                    replay.requestedBy = who(caller);
                    replay.requestedAt = now();
                    if (replay.fromPosition == replay.upTo) {
                        replay.status = WebhookReplay.DONE;
                        replay.finishedAt = replay.requestedAt;
                    }
                    return replay.persist();
                });
    }

    @WithSession
    public Uni<ReplayView> replayOf(Caller caller, UUID id, UUID replayId) {
        return visible(caller, id).chain(s -> WebhookReplay.<WebhookReplay>findById(replayId)).map(replay -> {
            if (replay == null || !replay.subscriptionId.equals(id)) {
                throw ProblemException.notFound("Subscription " + id + " has no replay " + replayId);
            }
            return ReplayView.of(replay);
        });
    }

    private Uni<Long> startPosition(ReplayStart start, long head) {
        if (start.fromPosition() != null) {
            return Uni.createFrom().item(start.fromPosition() - 1);
        }
        return Panache.getSession().chain(session -> session.createNativeQuery(BEFORE_SINCE, Long.class)
                .setParameter("since", start.since()).getSingleResult());
    }

    private static Uni<WebhookSubscription> visible(Caller caller, UUID id) {
        return WebhookSubscription.<WebhookSubscription>findById(id)
                .map(found -> SubscriptionAccess.visible(caller, id, found));
    }

    private static Uni<WebhookDelivery> deliveryOf(UUID id, UUID deliveryId) {
        return WebhookDelivery.<WebhookDelivery>findById(deliveryId).map(d -> {
            if (d == null || !d.subscriptionId.equals(id)) {
                throw ProblemException.notFound("Subscription " + id + " has no delivery " + deliveryId);
            }
            return d;
        });
    }

    private SubscriptionView view(WebhookSubscription s) {
        OffsetDateTime now = now();
        OffsetDateTime overlap = s.previousSecretUntil != null && s.previousSecretUntil.isAfter(now)
                ? s.previousSecretUntil : null;
        return new SubscriptionView(s.id, s.url, s.description, s.contactEmail, filters(s.filters), s.status,
                s.statusReason, s.statusChangedAt, s.logCursor, s.failingSince, s.lastSuccessAt,
                s.ownerName == null ? s.ownerSubject : s.ownerName, s.createdAt, overlap, null);
    }

    private JsonNode filters(String stored) {
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored filters are JSON by the column's type", e);
        }
    }

    private static String who(Caller caller) {
        return caller.name() == null || caller.name().isBlank() ? caller.subject() : caller.name();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
