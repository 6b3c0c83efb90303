package nl.sto.portal.monitor;

import nl.sto.portal.client.monitor.MonitorViews.Subscription;

/**
 * The one page that shows a subscription's signing secret: right after it was made, or after a rotation. The service
 * gives the secret only in that answer; the portal keeps it only until this page has been shown once
 * ({@link SecretsShownOnce}), so it cannot be shown again.
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

    /** Where the secret kept under the token is shown, once. */
    public static String url(String subscriptionId, String token) {
        return SubscriptionsPage.url(subscriptionId) + "/secret/" + token;
    }
}
