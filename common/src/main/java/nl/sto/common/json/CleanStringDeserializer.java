package nl.sto.common.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import nl.sto.common.input.CleanText;

/**
 * Text fields take JSON strings only: {@code true} or {@code 12} where text belongs is a mistake of the client, not
 * something to store as "true" or "12"; and text without U+0000, which PostgreSQL cannot store.
 */
class CleanStringDeserializer extends StdScalarDeserializer<String> {

    CleanStringDeserializer() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getText();
        if (CleanText.problem(text).isPresent()) {
            throw new RefusedText(parser, text);
        }
        return text;
    }

    /** A string that is well-formed JSON but may not be stored; its message is fit to show the client. */
    static final class RefusedText extends InvalidFormatException {

        RefusedText(JsonParser parser, String text) {
            super(parser, CleanText.NUL_MESSAGE, text, String.class);
        }
    }
}
