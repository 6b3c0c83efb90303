package nl.sto.common.validation;

import java.time.LocalDate;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class ProgrammeDateValidator implements ConstraintValidator<ProgrammeDate, LocalDate> {

    @Override
    public boolean isValid(LocalDate day, ConstraintValidatorContext context) {
        return day == null || isWithin(day);
    }

    public static boolean isWithin(LocalDate day) {
        return !day.isBefore(ProgrammeDate.FIRST_DAY) && !day.isAfter(ProgrammeDate.LAST_DAY);
    }
}
