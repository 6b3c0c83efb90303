package nl.sto.common.json;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * A date is a JSON string {@code yyyy-mm-dd} and nothing around it. Jackson's own reader trims the text first (and
 * {@code trim} takes U+0000 for white space) and reads a number as a count of days since 1970; both would store a
 * date the client never wrote.
 */
class StrictDateDeserializer extends StdScalarDeserializer<LocalDate> {

    StrictDateDeserializer() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() != JsonToken.VALUE_STRING) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
        String text = parser.getText();
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "not a date yyyy-mm-dd");
        }
    }
}
