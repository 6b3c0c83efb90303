package nl.sto.commontest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** Reading JSON Schemas of an OpenAPI 3.1 document. */
final class Schemas {

    private Schemas() {
    }

    /** The schema's type; of a union such as {@code ["string", "null"]} the one that is not null. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (!"null".equals(each.asText())) {
                    return each.asText();
                }
            }
        }
        return type.asText(null);
    }

    /** The schema of a property or of a map's values, or a missing node where the schema says nothing. */
    static JsonNode ofField(JsonNode objectSchema, String field) {
        JsonNode property = objectSchema.path("properties").path(field);
        if (!property.isMissingNode()) {
            return property;
        }
        JsonNode values = objectSchema.path("additionalProperties");
        return values.isObject() ? values : MissingNode.getInstance();
    }
}
