package nl.sto.commontest;

import java.util.Iterator;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A plausible value for a schema, every property filled: where the schema allows it, the body the hostile cases
 * start from is one the service would accept, so that each case differs from a good request in one thing only.
 */
final class SchemaExample {

    /** Fits the usual patterns: a code ({@code [A-Z0-9][A-Z0-9-]{1,19}}), a non-blank text. */
    static final String TEXT = "HOSTILE1";
    static final String DATE = "2024-03-01";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** A pattern that lists its values, such as {@code nl|en} or {@code 1|2|3|LATE}. */
    private static final Pattern ALTERNATIVES = Pattern.compile("[\\w-]+(\\|[\\w-]+)*");

    private SchemaExample() {
    }

    static JsonNode of(JsonNode schema) {
        return of(schema, 0);
    }

    private static JsonNode of(JsonNode schema, int depth) {
        if (schema.path("enum").isArray() && !schema.path("enum").isEmpty()) {
            return schema.path("enum").get(0);
        }
        String type = Schemas.type(schema);
        if (type == null) {
            type = schema.has("properties") ? "object" : "string";
        }
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, depth);
            case "integer" -> JSON.numberNode(2024);
            case "number" -> JSON.numberNode(100);
            case "boolean" -> JSON.booleanNode(true);
            default -> JSON.textNode(text(schema));
        };
    }

    private static ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = JSON.objectNode();
        if (depth > 5) {
            return object;
        }
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields();
                properties.hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            object.set(property.getKey(), of(property.getValue(), depth + 1));
        }
        if (schema.path("additionalProperties").isObject()) {
            object.set(TEXT, of(schema.path("additionalProperties"), depth + 1));
        }
        return object;
    }

    private static ArrayNode array(JsonNode schema, int depth) {
        ArrayNode array = JSON.arrayNode();
        if (depth <= 5) {
            array.add(of(schema.path("items"), depth + 1));
        }
        return array;
    }

    private static String text(JsonNode schema) {
        String pattern = schema.path("pattern").asText("");
        if (ALTERNATIVES.matcher(pattern).matches()) {
            return pattern.split("\\|")[0];
        }
        return switch (schema.path("format").asText("")) {
            case "date" -> DATE;
            case "date-time" -> DATE + "T12:00:00Z";
            case "uuid" -> "00000000-0000-4000-8000-000000000001";
            default -> TEXT;
        };
    }
}
