package nl.sto.common.problem;

import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Map;

import jakarta.validation.ConstraintViolation;

/** The {@link FieldErrorCode} of a Bean Validation constraint that a request broke. */
final class ConstraintCodes {

    private static final Map<String, String> BY_CONSTRAINT = Map.ofEntries(
            Map.entry("NotNull", FieldErrorCode.REQUIRED),
            Map.entry("NotBlank", FieldErrorCode.REQUIRED),
            Map.entry("NotEmpty", FieldErrorCode.REQUIRED),
            Map.entry("Pattern", FieldErrorCode.PATTERN),
            Map.entry("Email", FieldErrorCode.EMAIL),
            Map.entry("Min", FieldErrorCode.RANGE),
            Map.entry("Max", FieldErrorCode.RANGE),
            Map.entry("DecimalMin", FieldErrorCode.RANGE),
            Map.entry("DecimalMax", FieldErrorCode.RANGE),
            Map.entry("Positive", FieldErrorCode.RANGE),
            Map.entry("PositiveOrZero", FieldErrorCode.RANGE),
            Map.entry("Negative", FieldErrorCode.RANGE),
            Map.entry("NegativeOrZero", FieldErrorCode.RANGE),
            Map.entry("Digits", FieldErrorCode.RANGE),
            Map.entry("Past", FieldErrorCode.RANGE),
            Map.entry("PastOrPresent", FieldErrorCode.RANGE),
            Map.entry("Future", FieldErrorCode.RANGE),
            Map.entry("FutureOrPresent", FieldErrorCode.RANGE),
            Map.entry("Range", FieldErrorCode.RANGE));

    private ConstraintCodes() {
    }

    static String of(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        String name = constraint.annotationType().getSimpleName();
        if (name.equals("Size") || name.equals("Length")) {
            return tooShort(violation) ? FieldErrorCode.TOO_SHORT : FieldErrorCode.TOO_LONG;
        }
        return BY_CONSTRAINT.getOrDefault(name, FieldErrorCode.INVALID);
    }

    /**
     * The limits the code's message names, as {@link FieldErrorCode} documents them: a size's {@code max} when too long
     * or {@code min} when too short, a range's {@code min} and/or {@code max}.
     */
    static Map<String, String> params(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        String name = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (name) {
            case "Size", "Length" -> tooShort(violation) ? limit("min", attributes.get("min"))
                    : limit("max", attributes.get("max"));
            case "Min", "DecimalMin" -> limit("min", attributes.get("value"));
            case "Max", "DecimalMax" -> limit("max", attributes.get("value"));
            case "Range" -> Map.of("min", String.valueOf(attributes.get("min")),
                    "max", String.valueOf(attributes.get("max")));
            case "Positive" -> Map.of("min", "1");
            case "PositiveOrZero" -> Map.of("min", "0");
            default -> Map.of();
        };
    }

    private static Map<String, String> limit(String name, Object value) {
        return value == null ? Map.of() : Map.of(name, String.valueOf(value));
    }

    /** Below the constraint's minimum rather than above its maximum. */
    private static boolean tooShort(ConstraintViolation<?> violation) {
        Object min = violation.getConstraintDescriptor().getAttributes().get("min");
        int size = size(violation.getInvalidValue());
        return min instanceof Integer least && size >= 0 && size < least;
    }

    private static int size(Object value) {
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof Collection<?> items) {
            return items.size();
        }
        if (value instanceof Map<?, ?> entries) {
            return entries.size();
        }
        if (value instanceof Object[] array) {
            return array.length;
        }
        return -1;
    }
}
