package nl.sto.monitor.webhooks;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;

/**
 * A subscriber's endpoint: a small Vert.x HTTP server on a free port that keeps what it receives, checks each
 * signature against the secret it is given (computed here, independently of the service's code), and answers as the
 * test tells it to, request by request.
 */
final class TestReceiver implements AutoCloseable {

    /** What to answer: a status and, where it matters, a header. */
    record Reply(int status, String header, String value) {

        /** No answer at all: the request is kept open until the receiver stops. */
        static final Reply NONE = new Reply(0, null, null);

        static Reply status(int status) {
            return new Reply(status, null, null);
        }
    }

    record Received(Instant at, String path, String contentType, String id, String timestamp, String signature,
            String body) {

        List<String> signatures() {
            return signature == null ? List.of() : Arrays.asList(signature.split(" "));
        }
    }

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile IntFunction<Reply> replies = n -> Reply.status(200);

    private TestReceiver() throws Exception {
        server = vertx.createHttpServer().requestHandler(this::handle).listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    static TestReceiver start() {
        try {
            return new TestReceiver();
        } catch (Exception e) {
            throw new IllegalStateException("The test receiver did not start", e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.actualPort() + "/hook";
    }

    int port() {
        return server.actualPort();
    }

    /** The reply to the n-th request (from 1). */
    void answer(IntFunction<Reply> replies) {
        this.replies = replies;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    List<Received> awaitReceived(int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> received.size() >= count);
        return received();
    }

    private void handle(HttpServerRequest request) {
        int n = requests.incrementAndGet();
        request.body().onSuccess(body -> {
            received.add(new Received(Instant.now(), request.path(), request.getHeader("content-type"),
                    request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"),
                    request.getHeader("webhook-signature"), body.toString(StandardCharsets.UTF_8)));
            Reply reply = replies.apply(n);
            if (reply == Reply.NONE) {
                return;
            }
            var response = request.response().setStatusCode(reply.status());
            if (reply.header() != null) {
                response.putHeader(reply.header(), reply.value());
            }
            response.end();
        });
    }

    /** Whether one of the delivery's signatures is the one the secret makes, as a Standard Webhooks receiver checks. */
    static boolean verifies(Received delivery, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            String expected = "v1," + Base64.getEncoder().encodeToString(mac.doFinal(
                    (delivery.id() + "." + delivery.timestamp() + "." + delivery.body())
                            .getBytes(StandardCharsets.UTF_8)));
            return delivery.signatures().contains(expected);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        vertx.close();
    }
}
