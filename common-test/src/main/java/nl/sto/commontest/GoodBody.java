package nl.sto.commontest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The request body a good client would send, which each case spoils in one way: JSON (from the subclass' example
 * or the schema), or a multipart form with a small PDF in each file part.
 */
record GoodBody(String mediaType, JsonNode json, JsonNode schema, byte[] bytes) {

    static final String JSON_TYPE = "application/json";
    static final String MULTIPART_TYPE = "multipart/form-data";
    static final String BOUNDARY = "hostile-input-boundary";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
            + "%%EOF\n";

    /** The body of the endpoint, or {@code null} where it takes none. */
    static GoodBody of(Endpoint endpoint, String example) {
        if (endpoint.body().isEmpty()) {
            return null;
        }
        if (endpoint.bodyOf(MULTIPART_TYPE).isPresent()) {
            JsonNode schema = endpoint.bodyOf(MULTIPART_TYPE).get().schema();
            return new GoodBody(MULTIPART_TYPE + "; boundary=" + BOUNDARY, null, schema,
                    multipart(schema, BOUNDARY));
        }
        JsonNode schema = endpoint.bodyOf(JSON_TYPE).or(() -> endpoint.bodyOf("*/*"))
                .orElse(endpoint.body().get(0)).schema();
        JsonNode json = example == null ? SchemaExample.of(schema) : parse(endpoint, example);
        return new GoodBody(JSON_TYPE, json, schema, bytes(json));
    }

    boolean isJson() {
        return json != null;
    }

    static byte[] bytes(JsonNode json) {
        try {
            return MAPPER.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A well-formed form: every binary property a file part with a small PDF, every other one a text part. */
    static byte[] multipart(JsonNode schema, String boundary) {
        StringBuilder form = new StringBuilder();
        schema.path("properties").fields().forEachRemaining(property -> {
            form.append("--").append(boundary).append("\r\n");
            if ("binary".equals(property.getValue().path("format").asText())) {
                form.append("Content-Disposition: form-data; name=\"").append(property.getKey())
                        .append("\"; filename=\"hostile.pdf\"\r\nContent-Type: application/pdf\r\n\r\n").append(PDF);
            } else {
                form.append("Content-Disposition: form-data; name=\"").append(property.getKey()).append("\"\r\n\r\n")
                        .append(SchemaExample.TEXT);
            }
            form.append("\r\n");
        });
        form.append("--").append(boundary).append("--\r\n");
        return form.toString().getBytes(StandardCharsets.UTF_8);
    }

    static JsonNode parse(byte[] json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("The good body is not JSON", e);
        }
    }

    private static JsonNode parse(Endpoint endpoint, String example) {
        try {
            return MAPPER.readTree(example);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The example body of " + endpoint.name() + " is not JSON", e);
        }
    }
}
