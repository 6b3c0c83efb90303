package nl.sto.contracts.monitor;

import java.time.OffsetDateTime;

/**
 * {@code nl.sto.monitor.subscription-paused.v1} on {@code sto.monitor.v1}: webhook subscription {@code subscriptionId}
 * of the monitor team was paused at {@code pausedAt}, because its deliveries to {@code url} had failed since
 * {@code failingSince} through a whole retry schedule without a single success; {@code reason} is the last failure.
 * Its owner is to be told at {@code contactEmail}; the subscription goes on from where it stopped once resumed.
 * Subject and key: the subscription id.
 */
public record SubscriptionPaused(String subscriptionId, String url, String contactEmail, String reason,
        OffsetDateTime failingSince, OffsetDateTime pausedAt) {
}
