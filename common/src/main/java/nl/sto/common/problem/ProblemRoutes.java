package nl.sto.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The refusals that Vert.x and Quarkus make before a request reaches a resource, as problem+json like every other:
 * a bearer token that fails verification (401, with the authentication mechanism's {@code WWW-Authenticate}
 * challenge), a path no route serves (404), and any other 4xx a route fails with (a multipart body that cannot be
 * decoded is 400). Quarkus would answer these with an empty body or a text page.
 */
@ApplicationScoped
public class ProblemRoutes {

    private final ObjectMapper json;

    ProblemRoutes(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failed);
        router.route().order(Integer.MAX_VALUE).handler(context -> send(context, Problem.of(404, "Not found",
                "Nothing is served at " + context.request().path())));
    }

    private void failed(RoutingContext context) {
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        Throwable failure = context.failure();
        if (isUnauthenticated(failure)) {
            challenge(context);
            return;
        }
        int status = context.statusCode() > 0 ? context.statusCode() : decodingStatus(failure);
        if (status >= 400 && status < 500) {
            send(context, Problem.of(status, HttpResponseStatus.valueOf(status).reasonPhrase(), detail(status)));
            return;
        }
        context.next();
    }

    private void challenge(RoutingContext context) {
        AuthenticationChallenge.headers(context).subscribe().with(headers -> {
            headers.forEach((name, value) -> context.response().headers().set(name, value));
            send(context, AuthenticationChallenge.PROBLEM);
        });
    }

    private static boolean isUnauthenticated(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AuthenticationFailedException || cause instanceof UnauthorizedException) {
                return true;
            }
        }
        return false;
    }

    /** A multipart or form body that the decoder cannot read is the client's mistake. */
    private static int decodingStatus(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause.getClass().getName().startsWith("io.netty.handler.codec.http.multipart.")) {
                return 400;
            }
        }
        return 500;
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: check its body and its Content-Type";
            case 413 -> "The request body is larger than this service accepts";
            default -> HttpResponseStatus.valueOf(status).reasonPhrase();
        };
    }

    private void send(RoutingContext context, Problem problem) {
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A problem cannot be written as JSON", e);
        }
        context.response().setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body);
    }
}
