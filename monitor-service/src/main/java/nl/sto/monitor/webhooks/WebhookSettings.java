package nl.sto.monitor.webhooks;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How webhooks are delivered; every value has a default that suits production. */
@ConfigMapping(prefix = "sto.webhooks")
public interface WebhookSettings {

    /**
     * Whether a subscriber URL may resolve to 127.0.0.1 or ::1 (and nothing else of the loopback range): for local
     * runs and tests, never in production, where it would let a subscriber reach the service's own host.
     */
    @WithDefault("false")
    boolean allowLoopback();

    /**
     * When a failed delivery is tried again, counted from its first attempt (the Standard Webhooks schedule): the last
     * one ends a day of trying, after which the delivery has failed.
     */
    @WithDefault("PT5S,PT5M,PT30M,PT2H,PT5H,PT10H,PT14H,PT20H,PT24H")
    List<Duration> retrySchedule();

    /** Each retry moves by up to this share of its step, either way, so that retries of many do not come at once. */
    @WithDefault("0.1")
    double jitter();

    @WithDefault("PT2S")
    Duration connectTimeout();

    /** A receiver that has not answered by then has failed; receivers are to answer at once and work afterwards. */
    @WithDefault("PT5S")
    Duration responseTimeout();

    /** Events one subscription's turn reads from the log, and retries one round claims. */
    @WithDefault("500")
    int batchSize();

    /** Deliveries under way at once in a replica, over kept connections. */
    @WithDefault("64")
    int concurrency();

    /** Subscriptions whose turn one round claims. */
    @WithDefault("8")
    int turnsPerRound();

    /**
     * How long a claimed turn or retry belongs to the replica that claimed it; longer than a batch can take (its
     * deliveries are bounded by the response timeout), after which another replica may take it over.
     */
    @WithDefault("PT2M")
    Duration lease();

    /** How often a replica looks for due retries and for events it was not told of. */
    @WithDefault("PT1S")
    Duration poll();

    /** How long the previous secret keeps signing beside the new one after a rotation. */
    @WithDefault("PT24H")
    Duration secretOverlap();
}
