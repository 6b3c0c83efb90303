package nl.sto.common.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * A day the programme can have anything happen on: from {@link #FIRST_DAY} to {@link #LAST_DAY}. A date such as
 * {@code +99999-01-01} is a typing mistake, not a plan, and would make every rule that compares dates meaningless.
 * A missing date is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = ProgrammeDateValidator.class)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
        ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ProgrammeDate {

    LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);

    String message() default "must lie between 2000-01-01 and 2100-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
