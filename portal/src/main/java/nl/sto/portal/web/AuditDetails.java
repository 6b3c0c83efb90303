package nl.sto.portal.web;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON detail of a service's audit entry, read for the sentence the portal tells it with. */
public final class AuditDetails {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private AuditDetails() {
    }

    /** The detail's fields (none for an empty detail); null when it is not a JSON object. */
    public static Map<String, Object> fields(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, FIELDS);
        } catch (JsonProcessingException unreadable) {
            return null;
        }
    }
}
