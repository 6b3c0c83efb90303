package nl.sto.notification.notices;

import java.time.Clock;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.contracts.monitor.SubscriptionPaused;

/** Turns the events that ask for a notice into notices, and shows them. */
@ApplicationScoped
public class NoticeService {

    private static final int SHOWN = 200;

    private final NoticeRepository notices;
    private final ObjectMapper json;
    private final Clock clock;

    NoticeService(NoticeRepository notices, ObjectMapper json, Clock clock) {
        this.notices = notices;
        this.json = json;
        this.clock = clock;
    }

    /** The owner of a paused webhook subscription is told, once per event. */
    public Uni<Void> subscriptionPaused(String eventId, SubscriptionPaused paused) {
        return notices.add(eventId, NoticeKind.SUBSCRIPTION_PAUSED, paused.contactEmail(), json.valueToTree(paused),
                clock.instant());
    }

    public Uni<List<NoticeView>> latest() {
        return notices.latest(SHOWN);
    }
}
