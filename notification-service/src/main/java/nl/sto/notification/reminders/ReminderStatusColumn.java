package nl.sto.notification.reminders;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** The status as its published name ({@code temporary-failure}), as the database's check constraint lists it. */
@Converter
public class ReminderStatusColumn implements AttributeConverter<ReminderStatus, String> {

    @Override
    public String convertToDatabaseColumn(ReminderStatus status) {
        return status == null ? null : status.value();
    }

    @Override
    public ReminderStatus convertToEntityAttribute(String value) {
        return value == null ? null : ReminderStatus.of(value);
    }
}
