package nl.sto.notification.reminders;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The state as its lower-case name, as the database's check constraint lists it. */
@Converter
public class ObligationStateColumn implements AttributeConverter<ObligationState, String> {

    @Override
    public String convertToDatabaseColumn(ObligationState state) {
        return state == null ? null : state.value();
    }

    @Override
    public ObligationState convertToEntityAttribute(String value) {
        return value == null ? null : ObligationState.valueOf(value.toUpperCase(java.util.Locale.ROOT));
    }
}
