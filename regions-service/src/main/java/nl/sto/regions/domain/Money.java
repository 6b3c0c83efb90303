package nl.sto.regions.domain;

import java.math.BigDecimal;

import nl.sto.common.problem.ProblemException;

/** Euro amounts: exact decimals with at most two decimal places, never negative. */
public final class Money {

    private Money() {
    }

    public static BigDecimal euros(String field, BigDecimal amount) {
        if (amount == null) {
            throw ProblemException.badRequest(field, "is required");
        }
        if (amount.signum() < 0) {
            throw ProblemException.badRequest(field, "must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw ProblemException.badRequest(field, "has more than two decimals (euro cents)");
        }
        if (amount.compareTo(new BigDecimal("999999999999.99")) > 0) {
            throw ProblemException.badRequest(field, "is larger than any grant or co-financing can be");
        }
        return amount.setScale(2);
    }
}
