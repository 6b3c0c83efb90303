package nl.sto.commontest;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One operation of a service's OpenAPI document: method, path template, parameters and the media types (with
 * their schemas, references resolved) that its request body may have.
 */
public record Endpoint(String method, String path, List<Parameter> parameters, List<MediaType> body) {

    /** A path, query or header parameter and its schema. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {

        public boolean isInteger() {
            return "integer".equals(Schemas.type(schema));
        }

        public boolean isDate() {
            return "date".equals(schema.path("format").asText());
        }
    }

    /** A media type the request body may have, e.g. {@code application/json}, and its schema. */
    public record MediaType(String name, JsonNode schema) {
    }

    /** As the cases name it, e.g. {@code POST /api/regions/{code}/grants}. */
    public String name() {
        return method + " " + path;
    }

    public boolean is(String method, String path) {
        return this.method.equals(method) && this.path.equals(path);
    }

    public List<Parameter> parameters(String in) {
        return parameters.stream().filter(p -> p.in().equals(in)).toList();
    }

    public Optional<Parameter> parameter(String in, String name) {
        return parameters(in).stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<MediaType> bodyOf(String mediaType) {
        return body.stream().filter(m -> m.name().equals(mediaType)).findFirst();
    }

    /** Declares {@code *}{@code /*}: any Content-Type, or none, is one it accepts. */
    public boolean acceptsAnyContentType() {
        return bodyOf("*/*").isPresent();
    }
}
