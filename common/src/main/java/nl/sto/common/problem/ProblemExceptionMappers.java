package nl.sto.common.problem;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser.MalformedMessageException;

import nl.sto.common.json.JsonProblems;

/** Turns every failure of a request into {@code application/problem+json}, naming the offending field. */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return respond(e.problem());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), ConstraintCodes.of(v), v.getMessage(),
                        ConstraintCodes.params(v)))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(err -> err.field() + ": " + err.message())
                .collect(Collectors.joining("; "));
        return respond(Problem.of(400, "Invalid request", detail, errors));
    }

    /** A value of the wrong type; mapped explicitly because Quarkus has its own mapper for exactly this type. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unreadableJson(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping) {
            Optional<Problem.FieldError> error = JsonProblems.fieldError(mapping);
            if (error.isPresent()) {
                return respond(Problem.of(400, "Invalid request", error.get().field() + ": " + error.get().message(),
                        List.of(error.get())));
            }
        }
        return respond(Problem.of(400, "Invalid request", "The request body is not valid JSON (in UTF-8)"));
    }

    /** Ahead of Quarkus' own mappers, which answer 401 with an empty or a plain JSON body. */
    @ServerExceptionMapper(priority = Priorities.AUTHENTICATION)
    public Uni<Response> unauthenticated(UnauthorizedException e, RoutingContext context) {
        return challenge(context);
    }

    @ServerExceptionMapper(priority = Priorities.AUTHENTICATION)
    public Uni<Response> authenticationFailed(AuthenticationFailedException e, RoutingContext context) {
        return challenge(context);
    }

    private static Uni<Response> challenge(RoutingContext context) {
        return AuthenticationChallenge.headers(context).map(headers -> {
            Response.ResponseBuilder answer = Response.status(401).type(Problem.MEDIA_TYPE)
                    .entity(AuthenticationChallenge.PROBLEM);
            headers.forEach(answer::header);
            return answer.build();
        });
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of(403, "Forbidden", "You may not do this"));
    }

    /** Keeps the headers Quarkus sets on its own refusals, such as {@code Allow} on a 405. */
    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        Response.ResponseBuilder answer = Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage()));
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name)) {
                values.forEach(value -> answer.header(name, value));
            }
        });
        return answer.build();
    }

    /**
     * A multipart body that ends before its closing boundary, or whose part headers are garbled: Quarkus' parser
     * fails the request with an exception of its own, which would otherwise be a 500.
     */
    @ServerExceptionMapper
    public Response unreadableMultipart(IOException e, HttpHeaders headers) {
        MediaType type = headers.getMediaType();
        if (type == null || !"multipart".equalsIgnoreCase(type.getType())) {
            return unexpected(e);
        }
        return unreadableMultipart();
    }

    @ServerExceptionMapper
    public Response malformedMultipart(MalformedMessageException e) {
        return unreadableMultipart();
    }

    private static Response unreadableMultipart() {
        return respond(Problem.of(400, "Invalid request", "The multipart body could not be read: check its boundary "
                + "and that every part is complete"));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        LOG.error("Unexpected failure", e);
        return respond(Problem.of(500, "Internal error", "Something went wrong on our side; it has been logged"));
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** The property path without the method and parameter that Hibernate Validator puts in front. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String last = null;
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD
                    || node.getKind() == ElementKind.PARAMETER) {
                last = node.getName();
                continue;
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        return field.isEmpty() ? String.valueOf(last) : field.toString();
    }
}
