package nl.sto.common.rest;

import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import nl.sto.common.problem.Problem;

/**
 * A request whose declared body exceeds {@code quarkus.http.limits.max-body-size} gets 413 as problem+json. Quarkus
 * refuses such a request with an empty body; this route runs just before its check, so clients see the same kind
 * of error as for every other refusal.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final Optional<MemorySize> limit;
    private final String body;

    BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> limit,
            ObjectMapper json) throws JsonProcessingException {
        this.limit = limit;
        this.body = json.writeValueAsString(Problem.of(413, "Payload too large", "The request body is larger than "
                + limit.map(MemorySize::asLongValue).orElse(0L) + " bytes, the most this service accepts"));
    }

    void install(@Observes Router router) {
        limit.ifPresent(max -> router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1)
                .handler(context -> refuseOversize(context, max.asLongValue())));
    }

    private void refuseOversize(RoutingContext context, long max) {
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || !isLarger(length, max)) {
            context.next();
            return;
        }
        // Like Quarkus' own check: answer at once and close, rather than read a body that is refused anyway.
        context.response().setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }

    private static boolean isLarger(String length, long max) {
        try {
            return Long.parseLong(length.strip()) > max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
