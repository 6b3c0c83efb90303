package nl.sto.monitor.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import nl.sto.monitor.events.EventLogReader;
import nl.sto.monitor.events.EventQuery;
import nl.sto.monitor.events.EventRenderer;
import nl.sto.monitor.events.LogAppended;
import nl.sto.monitor.events.LoggedEvent;
import nl.sto.monitor.webhooks.DeliveryClaims.Due;
import nl.sto.monitor.webhooks.DeliveryClaims.Turn;
import nl.sto.monitor.webhooks.DeliveryRecorder.Progress;
import nl.sto.monitor.webhooks.TargetAddresses.Resolved;

import org.jboss.logging.Logger;

/**
 * Delivers the log to the subscriptions, in rounds: claim the turns of subscriptions behind the log (or replaying) and
 * the retries that are due, read each turn's next batch of events and keep those its filters pass, check where each
 * subscriber URL leads, send everything at once (up to {@code concurrency} under way), and record it all in one
 * transaction. Rounds follow each other until one finds nothing to do. A round starts when this replica's tail reads
 * new events ({@link LogAppended}), when the API asks for a resend or replay, and every {@code poll} (retries whose
 * moment came, events another replica was told of). Rounds never overlap in a replica; across replicas the claims
 * keep them apart.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    private final DeliveryClaims claims;
    private final DeliverySender sender;
    private final DeliveryRecorder recorder;
    private final EventLogReader log;
    private final EventRenderer renderer;
    private final SubscriberUrls urls;
    private final WebhookSettings settings;
    private final Clock clock;
    private final Vertx vertx;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile boolean stopped;
    private long timerId = -1;

    DeliveryWorker(DeliveryClaims claims, DeliverySender sender, DeliveryRecorder recorder, EventLogReader log,
            EventRenderer renderer, SubscriberUrls urls, WebhookSettings settings, Clock clock, Vertx vertx) {
        this.claims = claims;
        this.sender = sender;
        this.recorder = recorder;
        this.log = log;
        this.renderer = renderer;
        this.urls = urls;
        this.settings = settings;
        this.clock = clock;
        this.vertx = vertx;
    }

    void start(@Observes StartupEvent started) {
        timerId = vertx.setPeriodic(settings.poll().toMillis(), id -> wake());
    }

    void stop(@Observes ShutdownEvent stopping) {
        stopped = true;
        vertx.cancelTimer(timerId);
    }

    void appended(@Observes LogAppended appended) {
        wake();
    }

    /** Starts rounds, or has the running ones go on once more: something may have come to do. */
    public void wake() {
        again.set(true);
        if (stopped || !running.compareAndSet(false, true)) {
            return;
        }
        again.set(false);
        onOwnContext(() -> rounds().subscribe().with(done -> finished(), failure -> {
            LOG.warnf("Delivering webhooks failed (%s); the next round tries again", failure.getMessage());
            finished();
        }));
    }

    private void finished() {
        running.set(false);
        if (again.get()) {
            wake();
        }
    }

    /**
     * Background work gets a Vert.x context of its own, marked safe for Hibernate Reactive, as a request has: the
     * transaction that records a round lives there.
     */
    private void onOwnContext(Runnable work) {
        Context context = VertxContext.createNewDuplicatedContext(vertx.getDelegate().getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        context.runOnContext(ignored -> work.run());
    }

    private Uni<Void> rounds() {
        return Multi.createBy().repeating().uni(this::round).whilst(handled -> handled > 0 && !stopped)
                .collect().last().replaceWithVoid();
    }

    /** One round; how many turns and retries it handled. */
    private Uni<Integer> round() {
        Instant now = clock.instant();
        Instant until = now.plus(settings.lease());
        UUID turn = UUID.randomUUID();
        return claims.turns(turn, now, until, settings.turnsPerRound())
                .chain(turns -> claims.retries(now, until, settings.batchSize())
                        .chain(due -> handle(turn, turns, due, now)));
    }

    private Uni<Integer> handle(UUID turn, List<Turn> turns, List<Due> due, Instant now) {
        return plan(turns, due, now)
                .chain(plan -> deliver(plan.outgoing())
                        .chain(sent -> recorder.record(turn, plan.progress(), sent, clock.instant())))
                .replaceWith(turns.size() + due.size());
    }

    /** What a round sends, and how far each turn comes. */
    private record Plan(List<Outgoing> outgoing, List<Progress> progress) {

        static Plan of(List<TurnPlan> turns, List<Outgoing> retries) {
            List<Outgoing> outgoing = new ArrayList<>(retries);
            turns.forEach(turn -> outgoing.addAll(turn.outgoing()));
            return new Plan(outgoing, turns.stream().map(TurnPlan::progress).toList());
        }
    }

    /** What one turn sends, and how far it comes. */
    private record TurnPlan(List<Outgoing> outgoing, Progress progress) {
    }

    private Uni<Plan> plan(List<Turn> turns, List<Due> due, Instant now) {
        return Multi.createFrom().iterable(turns).onItem().transformToUniAndConcatenate(this::planTurn)
                .collect().asList()
                .chain(planned -> retries(due, now).map(retried -> Plan.of(planned, retried)));
    }

    /** The turn's next events after its cursor, and of its replay if it has one, that its filters pass. */
    private Uni<TurnPlan> planTurn(Turn turn) {
        return log.read(EventQuery.ALL, turn.cursor(), Long.MAX_VALUE, settings.batchSize()).chain(events -> {
            long cursorTo = events.isEmpty() ? turn.cursor() : events.get(events.size() - 1).position();
            List<Outgoing> live = fresh(turn, events, WebhookDelivery.LIVE, null);
            DeliveryClaims.Replay replay = turn.replay();
            if (replay == null) {
                return Uni.createFrom().item(new TurnPlan(live, new Progress(turn.target().subscriptionId(), cursorTo,
                        null, 0, 0)));
            }
            EventQuery since = new EventQuery(replay.since(), Set.of(), Set.of(), Set.of());
            return log.page(since, replay.scannedTo(), replay.upTo(), settings.batchSize()).map(page -> {
                List<Outgoing> replayed = fresh(turn, page.events(), WebhookDelivery.REPLAY, replay.id());
                List<Outgoing> both = new ArrayList<>(live);
                both.addAll(replayed);
                return new TurnPlan(both, new Progress(turn.target().subscriptionId(), cursorTo, replay.id(),
                        page.scannedTo(), replayed.size()));
            });
        });
    }

    private List<Outgoing> fresh(Turn turn, List<LoggedEvent> events, String cause, UUID replayId) {
        return events.stream().filter(turn.filter()::matches)
                .map(event -> Outgoing.fresh(turn.target(), renderer.render(event), cause, replayId)).toList();
    }

    /** The claimed retries with their events and where their subscriptions' deliveries go now. */
    private Uni<List<Outgoing>> retries(List<Due> due, Instant now) {
        if (due.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Set<UUID> subscriptions = due.stream().map(Due::subscriptionId).collect(Collectors.toSet());
        Set<Long> positions = due.stream().map(Due::position).collect(Collectors.toSet());
        return claims.targets(subscriptions, now).chain(targets -> log.at(positions).map(events -> {
            Map<Long, LoggedEvent> byPosition = events.stream()
                    .collect(Collectors.toMap(LoggedEvent::position, Function.identity()));
            return due.stream().filter(d -> targets.containsKey(d.subscriptionId())
                    && byPosition.containsKey(d.position()))
                    .map(d -> new Outgoing(d.deliveryId(), targets.get(d.subscriptionId()),
                            renderer.render(byPosition.get(d.position())), d.cause(), d.replayId(), d.attempts() + 1,
                            d.firstAttempt(), false))
                    .toList();
        }));
    }

    /** Each subscriber URL is resolved and checked once per round, then every delivery goes at once. */
    private Uni<List<Sent>> deliver(List<Outgoing> outgoing) {
        if (outgoing.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        Map<UUID, Target> targets = new HashMap<>();
        outgoing.forEach(o -> targets.putIfAbsent(o.target().subscriptionId(), o.target()));
        return resolveAll(targets.values()).chain(resolved -> Multi.createFrom().iterable(outgoing)
                .onItem().transformToUni(o -> send(o, resolved.get(o.target().subscriptionId())))
                .merge(settings.concurrency())
                .collect().asList());
    }

    private Uni<Map<UUID, Resolved>> resolveAll(Iterable<Target> targets) {
        Map<UUID, Resolved> resolved = new HashMap<>();
        return Multi.createFrom().iterable(targets)
                .onItem().transformToUniAndConcatenate(target -> urls.resolve(target.url())
                        .invoke(where -> resolved.put(target.subscriptionId(), where)))
                .collect().last().replaceWith(resolved);
    }

    private Uni<Sent> send(Outgoing outgoing, Resolved where) {
        if (!where.allowed()) {
            Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            return Uni.createFrom().item(Sent.failed(outgoing, at, "not sent: " + where.refusal(), 0));
        }
        return sender.send(outgoing, where.address());
    }
}
