package nl.sto.common.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import nl.sto.common.problem.Problem;

/**
 * A URI longer than {@code sto.http.max-uri-length} gets 414 as problem+json. Vert.x itself refuses a request line
 * longer than {@code quarkus.http.limits.max-initial-line-length} while decoding it, before any route runs, with an
 * empty 414 that nothing in Quarkus can change; that limit is therefore set well above this one, so that every URI a
 * client is likely to send too long gets its answer here.
 */
@ApplicationScoped
public class UriLengthLimit {

    @ConfigMapping(prefix = "sto.http")
    public interface Limits {

        /** The longest path and query this service reads. */
        @WithDefault("4096")
        int maxUriLength();
    }

    private final int max;
    private final String body;

    UriLengthLimit(Limits limits, ObjectMapper json) throws JsonProcessingException {
        this.max = limits.maxUriLength();
        this.body = json.writeValueAsString(Problem.of(414, "URI too long", "The request URI is longer than " + max
                + " characters, the most this service reads; send long input in a request body"));
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 2).handler(this::refuseOverlong);
    }

    private void refuseOverlong(RoutingContext context) {
        if (context.request().uri().length() <= max) {
            context.next();
            return;
        }
        context.response().setStatusCode(414)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(body);
    }
}
