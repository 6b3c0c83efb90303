package nl.sto.portal.client;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns every error answer of a service into a {@link ProblemException}. Services answer
 * {@code application/problem+json}; anything else (a proxy's HTML page, an empty 401) still becomes a problem with
 * the HTTP status, so the pages deal with one kind of failure.
 */
@ApplicationScoped
public class ProblemResponseMapper implements ResponseExceptionMapper<ProblemException> {

    private final ObjectMapper json;

    ProblemResponseMapper(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public ProblemException toThrowable(Response response) {
        int status = response.getStatus();
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        return new ProblemException(parse(status, body, response.getStatusInfo().getReasonPhrase()));
    }

    private Problem parse(int status, String body, String reason) {
        try {
            Problem problem = json.readValue(body, Problem.class);
            // The HTTP status is the truth; a body that is JSON but no problem must not turn a 403 into a 0.
            return new Problem(status, problem.title(), problem.detail(), problem.errors(), Problem.SERVICE_LANGUAGE,
                    problem.code(), problem.params());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return new Problem(status, reason, "", null, Problem.SERVICE_LANGUAGE);
        }
    }
}
