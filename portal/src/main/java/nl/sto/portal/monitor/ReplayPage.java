package nl.sto.portal.monitor;

import nl.sto.portal.client.monitor.MonitorViews.Replay;
import nl.sto.portal.web.Outcome;

/** A replay's progress, refreshing itself (htmx) while it runs. */
public record ReplayPage(String subscriptionId, Replay replay, Outcome done) {

    public String url() {
        return SubscriptionsPage.url(subscriptionId) + "/replays/" + replay.id();
    }

    public String subscriptionUrl() {
        return SubscriptionsPage.url(subscriptionId);
    }

    public String pollTrigger() {
        return replay.running() ? "every " + ImportsPage.POLL_SECONDS + "s" : "none";
    }
}
