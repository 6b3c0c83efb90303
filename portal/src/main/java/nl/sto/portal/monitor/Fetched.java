package nl.sto.portal.monitor;

import java.util.function.Supplier;

import jakarta.ws.rs.ProcessingException;

import org.jboss.logging.Logger;

import io.smallrye.mutiny.Uni;

import nl.sto.portal.client.Problem;
import nl.sto.portal.client.ProblemException;

/**
 * One part of a page read from monitor-service, which must not take the page down with it: its value, or why there is
 * none (the service's refusal with its reason, or the service not reachable: "niet beschikbaar").
 *
 * @param value       null when it could not be read
 * @param problem     the service's refusal; null when it answered or could not be reached
 * @param unavailable the service could not be reached, or failed
 */
public record Fetched<T>(T value, Problem problem, boolean unavailable) {

    private static final Logger LOG = Logger.getLogger(Fetched.class);

    public static <T> Fetched<T> of(T value) {
        return new Fetched<>(value, null, false);
    }

    public static <T> Fetched<T> refused(Problem problem) {
        return new Fetched<>(null, problem, false);
    }

    public static <T> Fetched<T> notAvailable() {
        return new Fetched<>(null, null, true);
    }

    /** Reads a part; a 4xx is shown as the service's reason, a 5xx or no answer as "niet beschikbaar". */
    static <T> Fetched<T> read(String what, Supplier<T> read) {
        try {
            return of(read.get());
        } catch (ProblemException | ProcessingException e) {
            return failed(what, e);
        }
    }

    /** {@link #read} for a call that answers later, so that several can be under way at once. */
    static <T> Uni<Fetched<T>> read(String what, Uni<T> read) {
        return read.map(Fetched::of)
                .onFailure(e -> e instanceof ProblemException || e instanceof ProcessingException)
                .recoverWithItem(e -> failed(what, e));
    }

    private static <T> Fetched<T> failed(String what, Throwable failure) {
        if (failure instanceof ProblemException refusal && refusal.status() < 500) {
            return refused(refusal.problem().asSentence());
        }
        LOG.warnf("%s not available: %s", what, failure.getMessage());
        return notAvailable();
    }

    public boolean ok() {
        return value != null;
    }

    public boolean refused() {
        return problem != null;
    }

    /** The refusal's reason, in the service's language (English). */
    public String reason() {
        return problem == null ? "" : problem.detail();
    }

    public int status() {
        return problem == null ? 0 : problem.status();
    }
}
