package nl.sto.common.problem;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Thrown by services for a user's mistake or a refused action; answered as problem+json, never as a 500. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badRequest(String field, String message) {
        return badRequest(field, FieldErrorCode.INVALID, message);
    }

    /** A 400 for one field, with the {@link FieldErrorCode} that says what is wrong with it. */
    public static ProblemException badRequest(String field, String code, String message) {
        return invalid(List.of(new Problem.FieldError(field, code, message)));
    }

    /** A 400 for one field, with its {@link FieldErrorCode} and the values the message names. */
    public static ProblemException badRequest(String field, String code, Map<String, String> params, String message) {
        return invalid(List.of(new Problem.FieldError(field, code, message, params)));
    }

    /** A 400 naming every offending field at once, so the client can fix them in one go. */
    public static ProblemException invalid(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.message())
                .collect(Collectors.joining("; "));
        return new ProblemException(Problem.of(400, "Invalid request", detail, errors));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "Not found", detail));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "Forbidden", detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail));
    }

    /** A 409 for a record whose state does not allow the step, with its {@link ProblemCode} and the values named. */
    public static ProblemException stateConflict(String code, Map<String, String> params, String detail) {
        return new ProblemException(Problem.of(409, "Conflict", detail, code, params));
    }

    /** A 409 that names the field whose value clashes with what is stored (a taken name, a published record). */
    public static ProblemException conflict(String field, String message) {
        return conflict(field, FieldErrorCode.CONFLICT, Map.of(), message);
    }

    /** A 409 naming the clashing field with a code of its own and the values the message names. */
    public static ProblemException conflict(String field, String code, Map<String, String> params, String message) {
        return new ProblemException(Problem.of(409, "Conflict", field + ": " + message,
                List.of(new Problem.FieldError(field, code, message, params))));
    }

    public static ProblemException payloadTooLarge(String detail) {
        return new ProblemException(Problem.of(413, "Payload too large", detail));
    }

    public static ProblemException unsupportedMediaType(String detail) {
        return new ProblemException(Problem.of(415, "Unsupported media type", detail));
    }

    /** Well-formed, but the state it asks for cannot be reached yet: one error per thing still missing. */
    public static ProblemException unprocessable(String detail, List<Problem.FieldError> errors) {
        return new ProblemException(Problem.of(422, "Unprocessable content", detail, errors));
    }
}
