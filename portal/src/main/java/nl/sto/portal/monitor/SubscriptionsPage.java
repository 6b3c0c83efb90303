package nl.sto.portal.monitor;

import java.util.List;

import nl.sto.portal.client.monitor.MonitorViews.Subscription;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.Outcome;

/** The webhook subscriptions the person may see (a ministry-admin: all), and the form that makes one. */
public record SubscriptionsPage(List<Subscription> subscriptions, FormFeedback feedback, Outcome done) {

    public static final String PATH = "/ministry/monitor/subscriptions";

    public SubscriptionsPage {
        subscriptions = List.copyOf(subscriptions);
    }

    public static String url(String id) {
        return PATH + "/" + id;
    }
}
