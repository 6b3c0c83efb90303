package nl.sto.common.json;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.Problem;

/**
 * What went wrong in a JSON body, said for the client: the field by its path ({@code years[0].amount}) and a message
 * without Jackson's class names.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    /** The offending field and what is wrong with it; empty when the failure names no field (e.g. the root). */
    public static Optional<Problem.FieldError> fieldError(JsonMappingException e) {
        if (e.getPath().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Problem.FieldError(path(e), code(e), message(e)));
    }

    /** The path of the field, with array indexes in brackets. */
    public static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String code(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return FieldErrorCode.UNKNOWN_FIELD;
        }
        if (e instanceof CleanStringDeserializer.RefusedText) {
            return FieldErrorCode.INVALID;
        }
        return FieldErrorCode.FORMAT;
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        if (e instanceof CleanStringDeserializer.RefusedText) {
            return e.getOriginalMessage();
        }
        return "value has the wrong type or format";
    }
}
