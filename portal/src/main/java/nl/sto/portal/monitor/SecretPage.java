package nl.sto.portal.monitor;

import nl.sto.portal.client.monitor.MonitorViews.Subscription;

/**
 * The one page that shows a subscription's signing secret: right after it was made, or after a rotation. The service
 * gives the secret only in that answer, and the portal keeps it nowhere, so it cannot be shown again.
 *
 * @param rotated a new secret of an existing subscription (the old one signs beside it for 24 hours)
 */
public record SecretPage(Subscription subscription, boolean rotated) {

    public String secret() {
        return subscription.secret() == null ? "" : subscription.secret();
    }

    public String url() {
        return SubscriptionsPage.url(subscription.id());
    }
}
