package nl.sto.common.json;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * An enum value is its name exactly. Jackson's own reader tries the trimmed text when the text is not a name, and
 * {@code trim} also drops U+0000 and other control characters, so {@code "ACCEPT\u0000"} would count as ACCEPT.
 */
final class ExactEnumDeserializer extends DelegatingDeserializer {

    ExactEnumDeserializer(JsonDeserializer<?> names) {
        super(names);
    }

    /** Puts every enum's reader behind the exact-text check. */
    static final class Modifier extends BeanDeserializerModifier {
        @Override
        public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                BeanDescription description, JsonDeserializer<?> deserializer) {
            return new ExactEnumDeserializer(deserializer);
        }
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> names) {
        return new ExactEnumDeserializer(names);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            String text = parser.getText();
            if (!text.equals(text.strip()) || !text.equals(text.trim())) {
                return context.handleWeirdStringValue(handledType(), text, "not one of the allowed values");
            }
        }
        return super.deserialize(parser, context);
    }
}
