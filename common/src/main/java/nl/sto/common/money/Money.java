package nl.sto.common.money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.Problem.FieldError;
import nl.sto.common.problem.ProblemException;

/** Euro amounts: exact decimals with at most two decimal places, never negative. */
public final class Money {

    private static final BigDecimal LARGEST = new BigDecimal("999999999999.99");

    private Money() {
    }

    /** The amount with two decimals; a missing or impossible amount is a 400 naming {@code field}. */
    public static BigDecimal euros(String field, BigDecimal amount) {
        problem(field, amount).ifPresent(error -> {
            throw ProblemException.invalid(List.of(error));
        });
        return amount.setScale(2);
    }

    /** What is wrong with the amount as a euro amount, if anything; for callers that collect every problem. */
    public static Optional<FieldError> problem(String field, BigDecimal amount) {
        if (amount == null) {
            return Optional.of(new FieldError(field, FieldErrorCode.REQUIRED, "is required"));
        }
        if (amount.signum() < 0) {
            return Optional.of(new FieldError(field, FieldErrorCode.RANGE, "must not be negative",
                    Map.of("min", "0")));
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return Optional.of(new FieldError(field, FieldErrorCode.DECIMALS, "has more than two decimals (euro cents)",
                    Map.of("max", "2")));
        }
        if (amount.compareTo(LARGEST) > 0) {
            return Optional.of(new FieldError(field, FieldErrorCode.RANGE,
                    "is larger than any grant or co-financing can be", Map.of("max", LARGEST.toPlainString())));
        }
        return Optional.empty();
    }
}
