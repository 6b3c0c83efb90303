package nl.sto.monitor.events;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The live stream of the log for one subscriber: first what the log holds after its starting position, read a page
 * at a time, then the events the tail broadcasts, filtered by the subscriber's query. No subscriber reads the
 * database while it keeps up; a subscriber that falls {@code sto.event-stream.buffer} runs of events behind is dropped, so
 * that it holds up nobody and costs no more memory, and its client resumes with {@code Last-Event-ID}.
 */
@ApplicationScoped
public class EventStream {

    private static final Logger LOG = Logger.getLogger(EventStream.class);

    /** One piece of a subscriber's work; pieces run one after another, never side by side. */
    @FunctionalInterface
    private interface Step {
        Multi<StreamMessage> messages();
    }

    private final EventLogReader log;
    private final EventLogTail tail;
    private final EventRenderer renderer;
    private final int buffer;
    private final Duration heartbeat;
    /** Streams open now, as the gauge {@code sto.event.stream.subscribers}: one that ended no longer counts. */
    private final AtomicInteger subscribers;

    EventStream(EventLogReader log, EventLogTail tail, EventRenderer renderer, MeterRegistry meters,
            @ConfigProperty(name = "sto.event-stream.buffer") int buffer,
            @ConfigProperty(name = "sto.event-stream.heartbeat") Duration heartbeat) {
        this.log = log;
        this.tail = tail;
        this.renderer = renderer;
        this.buffer = buffer;
        this.heartbeat = heartbeat;
        this.subscribers = meters.gauge("sto.event.stream.subscribers", new AtomicInteger());
    }

    /**
     * The events after {@code after} (a {@code Last-Event-ID}), or those appended from now on. A position beyond the
     * end of the log (one of a log since started anew) counts as its end. The stream opens with a comment naming the
     * position it continues after; {@code subscriber} names the subscriber in the log lines.
     */
    public Multi<StreamMessage> open(EventQuery query, OptionalLong after, String subscriber) {
        Multi<StreamMessage> messages = log.head()
                .map(head -> new EventFeed(log, renderer, query, Math.min(after.orElse(head), head)))
                .onItem().transformToMulti(this::messages);
        return counted(closedOnFailure(messages, subscriber));
    }

    /**
     * A stream that fails ends, with a warning naming its subscriber: the client reconnects with the last
     * {@code Last-Event-ID} it received, whereas an error written into the stream is one it could not read.
     */
    private Multi<StreamMessage> closedOnFailure(Multi<StreamMessage> messages, String subscriber) {
        return messages
                .onFailure().invoke(failure -> LOG.warnf("Closing the event stream of %s: %s", subscriber,
                        reason(failure)))
                .onFailure().recoverWithCompletion();
    }

    private String reason(Throwable failure) {
        if (failure instanceof BackPressureFailure) {
            return "more than " + buffer + " runs of events waited to be sent to it, and it would hold up the others or "
                    + "grow without bound; its client may resume with the last Last-Event-ID it received";
        }
        return failure.getMessage();
    }

    private Multi<StreamMessage> counted(Multi<StreamMessage> messages) {
        return messages.onSubscription().invoke(subscribers::incrementAndGet)
                .onTermination().invoke(subscribers::decrementAndGet);
    }

    private Multi<StreamMessage> messages(EventFeed feed) {
        return Multi.createBy().concatenating().streams(
                Multi.createFrom().item(StreamMessage.comment("events after position " + feed.delivered())),
                events(feed.catchUp()),
                Multi.createFrom().deferred(() -> live(feed)));
    }

    /**
     * Listening to the tail first, the subscriber then reads the log to its end once more: events handed out before
     * it listened are read from the log, those handed out since reach it from the tail, and the feed passes each on
     * once. (The merge subscribes to its streams in order.) The heartbeat keeps proxies from closing a quiet
     * connection.
     */
    private Multi<StreamMessage> live(EventFeed feed) {
        Multi<Step> fromTail = tail.appended(buffer).map(run -> () -> events(feed.received(run)));
        Step readToTheEnd = () -> events(feed.catchUp());
        Multi<Step> catchUp = Multi.createFrom().item(readToTheEnd);
        Multi<Step> heartbeats = Multi.createFrom().ticks().every(heartbeat).onOverflow().drop()
                .map(tick -> () -> heartbeat(feed));
        return Multi.createBy().merging().withRequests(1).streams(fromTail, catchUp, heartbeats)
                .onItem().transformToMultiAndConcatenate(Step::messages);
    }

    private Multi<StreamMessage> heartbeat(EventFeed feed) {
        return Multi.createBy().concatenating().streams(events(feed.heartbeat(tail.handedOutUpTo())),
                Multi.createFrom().item(StreamMessage.comment("heartbeat")));
    }

    private static Multi<StreamMessage> events(Multi<RenderedEvent> events) {
        return events.map(StreamMessage::of);
    }
}
