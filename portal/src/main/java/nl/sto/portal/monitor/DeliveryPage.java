package nl.sto.portal.monitor;

import nl.sto.portal.client.monitor.MonitorViews.DeliveryDetail;

/** One delivery of a subscription with every attempt: when, the receiver's HTTP status or what went wrong. */
public record DeliveryPage(String subscriptionId, DeliveryDetail detail) {

    public String subscriptionUrl() {
        return SubscriptionsPage.url(subscriptionId);
    }

    public String resendAction() {
        return subscriptionUrl() + "/deliveries/" + detail.delivery().id() + "/resend";
    }
}
