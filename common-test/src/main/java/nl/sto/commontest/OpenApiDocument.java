package nl.sto.commontest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A service's own OpenAPI document ({@code GET /q/openapi?format=json}) as a list of endpoints. */
final class OpenApiDocument {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");
    private static final String REFERENCE = "#/components/schemas/";

    private final JsonNode document;

    OpenApiDocument(JsonNode document) {
        this.document = document;
    }

    String title() {
        return document.path("info").path("title").asText("service");
    }

    /** Every path x method, sorted by path then method so that the report lists them in a stable order. */
    List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> operation = ops.next();
                if (METHODS.contains(operation.getKey())) {
                    endpoints.add(endpoint(operation.getKey().toUpperCase(), path.getKey(), path.getValue(),
                            operation.getValue()));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
        return endpoints;
    }

    private Endpoint endpoint(String method, String path, JsonNode pathItem, JsonNode operation) {
        List<Endpoint.Parameter> parameters = new ArrayList<>();
        for (JsonNode parameter : pathItem.path("parameters")) {
            parameters.add(parameter(parameter));
        }
        for (JsonNode parameter : operation.path("parameters")) {
            parameters.add(parameter(parameter));
        }
        List<Endpoint.MediaType> body = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> media = operation.path("requestBody").path("content").fields();
                media.hasNext();) {
            Map.Entry<String, JsonNode> each = media.next();
            body.add(new Endpoint.MediaType(each.getKey(), resolve(each.getValue().path("schema"), 0)));
        }
        return new Endpoint(method, path, List.copyOf(parameters), List.copyOf(body));
    }

    private Endpoint.Parameter parameter(JsonNode parameter) {
        return new Endpoint.Parameter(parameter.path("name").asText(), parameter.path("in").asText(),
                parameter.path("required").asBoolean(false), resolve(parameter.path("schema"), 0));
    }

    /**
     * The schema with every {@code $ref} replaced by the component it names, so that cases read one tree.
     * Recursive schemas stop after a few levels; no request body of a service is nested deeper.
     */
    private JsonNode resolve(JsonNode schema, int depth) {
        if (!schema.isObject() || depth > 8) {
            return schema;
        }
        ObjectNode resolved = ((ObjectNode) schema).deepCopy();
        JsonNode reference = resolved.remove("$ref");
        if (reference != null && reference.asText().startsWith(REFERENCE)) {
            JsonNode component = document.path("components").path("schemas")
                    .path(reference.asText().substring(REFERENCE.length()));
            // Keywords next to the reference (as an @Schema on a form class gives) win over the component's.
            if (component.isObject()) {
                ObjectNode merged = ((ObjectNode) resolve(component, depth + 1)).deepCopy();
                merged.setAll(resolved);
                resolved = merged;
            }
        }
        for (String keyword : List.of("items", "additionalProperties")) {
            if (resolved.path(keyword).isObject()) {
                resolved.set(keyword, resolve(resolved.get(keyword), depth + 1));
            }
        }
        if (resolved.path("properties").isObject()) {
            ObjectNode properties = (ObjectNode) resolved.get("properties");
            List<String> names = new ArrayList<>();
            properties.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                properties.set(name, resolve(properties.get(name), depth + 1));
            }
        }
        return resolved;
    }
}
