package nl.sto.monitor.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeoutException;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.net.SocketAddress;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;
import io.vertx.mutiny.ext.web.codec.BodyCodec;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Posts one delivery the Standard Webhooks way: the structured CloudEvent as the body
 * ({@code application/cloudevents+json}), {@code webhook-id} (the event's id, the same for every attempt, resend and
 * replay of it, so that a receiver can drop what it has had), {@code webhook-timestamp} (Unix seconds) and
 * {@code webhook-signature}. It connects to the address that was checked (the URL's host goes in the Host header and
 * TLS server name), follows no redirect, gives up after short timeouts and never fails: whatever happens is the result.
 */
@ApplicationScoped
class DeliverySender {

    static final String CONTENT_TYPE = "application/cloudevents+json";

    private final WebClient client;
    private final WebhookSettings settings;
    private final Clock clock;

    DeliverySender(Vertx vertx, WebhookSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setFollowRedirects(false)
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setMaxPoolSize(settings.concurrency())
                .setKeepAlive(true)
                .setForceSni(true)
                .setUserAgent("STO-monitor-webhooks"));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    Uni<Sent> send(Outgoing outgoing, InetAddress address) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        long started = System.nanoTime();
        return Uni.createFrom().deferred(() -> post(outgoing, address, at))
                .map(response -> answered(outgoing, at, started, response))
                .onFailure().recoverWithItem(failure -> Sent.failed(outgoing, at, reason(failure), elapsed(started)));
    }

    private Uni<HttpResponse<Void>> post(Outgoing outgoing, InetAddress address, Instant at) {
        String id = outgoing.event().event().id();
        String body = outgoing.event().json();
        long timestamp = at.getEpochSecond();
        URI url = outgoing.target().url();
        return client.request(HttpMethod.POST, server(url, address), options(url))
                .as(BodyCodec.none())
                .followRedirects(false)
                .putHeader("content-type", CONTENT_TYPE)
                .putHeader("webhook-id", id)
                .putHeader("webhook-timestamp", Long.toString(timestamp))
                .putHeader("webhook-signature", outgoing.target().signature(id, timestamp, body))
                .timeout(settings.responseTimeout().toMillis())
                .sendBuffer(Buffer.buffer(body));
    }

    private static Sent answered(Outgoing outgoing, Instant at, long started, HttpResponse<Void> response) {
        return Sent.answered(outgoing, at, response.statusCode(), elapsed(started), response.getHeader("retry-after"));
    }

    private String reason(Throwable failure) {
        if (failure instanceof TimeoutException || failure.getClass().getSimpleName().contains("Timeout")) {
            return "no answer within " + settings.responseTimeout().toMillis() + " ms";
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    private static SocketAddress server(URI url, InetAddress address) {
        return SocketAddress.inetSocketAddress(port(url), address.getHostAddress());
    }

    private static RequestOptions options(URI url) {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return new RequestOptions().setHost(url.getHost()).setPort(port(url)).setSsl(isHttps(url))
                .setURI(url.getRawQuery() == null ? path : path + "?" + url.getRawQuery());
    }

    private static int port(URI url) {
        return url.getPort() != -1 ? url.getPort() : isHttps(url) ? 443 : 80;
    }

    private static boolean isHttps(URI url) {
        return "https".equalsIgnoreCase(url.getScheme());
    }

    private static int elapsed(long started) {
        return (int) Math.min(Integer.MAX_VALUE, (System.nanoTime() - started) / 1_000_000);
    }
}
