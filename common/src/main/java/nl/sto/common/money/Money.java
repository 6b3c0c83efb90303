package nl.sto.common.money;

import java.math.BigDecimal;
import java.util.Optional;

import nl.sto.common.problem.ProblemException;

/** Euro amounts: exact decimals with at most two decimal places, never negative. */
public final class Money {

    private static final BigDecimal LARGEST = new BigDecimal("999999999999.99");

    private Money() {
    }

    /** The amount with two decimals; a missing or impossible amount is a 400 naming {@code field}. */
    public static BigDecimal euros(String field, BigDecimal amount) {
        problem(amount).ifPresent(message -> {
            throw ProblemException.badRequest(field, message);
        });
        return amount.setScale(2);
    }

    /** What is wrong with the amount as a euro amount, if anything; for callers that collect every problem. */
    public static Optional<String> problem(BigDecimal amount) {
        if (amount == null) {
            return Optional.of("is required");
        }
        if (amount.signum() < 0) {
            return Optional.of("must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            return Optional.of("has more than two decimals (euro cents)");
        }
        if (amount.compareTo(LARGEST) > 0) {
            return Optional.of("is larger than any grant or co-financing can be");
        }
        return Optional.empty();
    }
}
