package nl.sto.monitor.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.monitor.webhooks.TargetAddresses.Resolved;

/**
 * Subscriber URLs: their form (http or https, a host, no credentials), and where they lead. The host is resolved when
 * a subscription is made and again before every batch of deliveries (what a name resolves to can change), and the
 * deliveries go to the address that was checked, not to whatever the name resolves to a moment later.
 */
@ApplicationScoped
public class SubscriberUrls {

    static final int MAX_LENGTH = 2000;
    private static final int MAX_PORT = 65535;

    private final TargetAddresses addresses;
    private final Vertx vertx;

    SubscriberUrls(WebhookSettings settings, Vertx vertx) {
        this.addresses = new TargetAddresses(settings.allowLoopback());
        this.vertx = vertx;
    }

    /** What is wrong with the URL's form, or empty when it is a URL a webhook may go to. */
    public static Optional<String> formProblem(String url) {
        if (url == null || url.isBlank()) {
            return Optional.of("is required: the http(s) URL the events are posted to");
        }
        if (url.length() > MAX_LENGTH) {
            return Optional.of("may be at most " + MAX_LENGTH + " characters long");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of("must be an http or https URL");
            }
            if (uri.getHost() == null || uri.getHost().isEmpty()) {
                return Optional.of("must name a host");
            }
            if (uri.getPort() == 0 || uri.getPort() > MAX_PORT) {
                return Optional.of("must name a port from 1 to " + MAX_PORT + ", or none");
            }
            if (uri.getRawUserInfo() != null) {
                return Optional.of("must not carry a user name or password: the signature tells the receiver who sent "
                        + "the event");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL: " + e.getReason());
        }
    }

    /** Where the URL leads: an address that may be delivered to, or why none may. DNS blocks: it runs off the loop. */
    public Uni<Resolved> resolve(URI url) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> lookUp(url.getHost())), false);
    }

    private Resolved lookUp(String host) {
        try {
            return addresses.check(List.of(InetAddress.getAllByName(host)));
        } catch (UnknownHostException e) {
            return Resolved.refused("its host " + host + " does not resolve");
        }
    }
}
