package nl.sto.common.rest;

import java.util.Set;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import nl.sto.common.problem.ProblemException;

/**
 * A body comes with its Content-Type. Without one, Quarkus would read the body as whatever the endpoint consumes
 * (JSON, mostly); a client that does not say what it sends gets 415 instead. A wrong Content-Type is Quarkus' own
 * 415. Runs after the region access check: an outsider learns nothing about what an endpoint takes.
 */
public class BodyNeedsContentType {

    private static final Set<String> METHODS_WITH_BODY = Set.of("POST", "PUT", "PATCH");

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION + 100)
    public void refuseUntypedBody(ContainerRequestContext request) {
        if (METHODS_WITH_BODY.contains(request.getMethod()) && hasBody(request)
                && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            throw ProblemException.unsupportedMediaType("The request has a body but no Content-Type; say what it "
                    + "is, e.g. application/json");
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") != null
                || length != null && !length.isBlank() && !"0".equals(length.strip());
    }
}
