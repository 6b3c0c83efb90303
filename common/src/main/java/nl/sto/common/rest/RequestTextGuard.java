package nl.sto.common.rest;

import java.util.List;
import java.util.Map;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import nl.sto.common.input.CleanText;
import nl.sto.common.problem.ProblemException;

/**
 * Path and query parameters are clean text (see {@link CleanText}) before anything reads them: the first one that
 * is not is a 400 naming it. They are checked in their raw, percent-encoded form, since decoding replaces bytes that
 * are not UTF-8 without a trace. Runs first among the filters: even the region access check looks its path
 * parameter up in the database.
 */
public class RequestTextGuard {

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
    public void refuseUncleanParameters(ResteasyReactiveContainerRequestContext request, HttpServerRequest http) {
        // Quarkus REST's UriInfo hands out decoded path parameters only; its request context has them as sent.
        ResteasyReactiveRequestContext context = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        refuseUnclean(context.getAllPathParameters(true));
        refuseUncleanQuery(http.query());
    }

    private static void refuseUnclean(Map<String, List<String>> raw) {
        raw.forEach((name, values) -> values.forEach(value -> CleanText.encodedProblem(value).ifPresent(problem -> {
            throw ProblemException.badRequest(name, problem);
        })));
    }

    private static void refuseUncleanQuery(String query) {
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String parameter : query.split("&")) {
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            if (CleanText.encodedProblem(name).isPresent()) {
                throw ProblemException.badRequest("query", "has a parameter name that "
                        + CleanText.encodedProblem(name).get());
            }
            if (equals >= 0) {
                CleanText.encodedProblem(parameter.substring(equals + 1)).ifPresent(problem -> {
                    throw ProblemException.badRequest(CleanText.decodedName(name), problem);
                });
            }
        }
    }
}
