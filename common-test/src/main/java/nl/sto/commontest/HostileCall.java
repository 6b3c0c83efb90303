package nl.sto.commontest;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One request exactly as a hostile client sends it: the bytes of the path, query and body are what the case
 * says, with no client library fixing them (no added Content-Type, no re-encoding of {@code %00}).
 */
record HostileCall(String method, String pathTemplate, Map<String, String> pathValues, Map<String, String> query,
        Map<String, String> headers, byte[] body, String contentType, String bearer) {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    /** The answer as the client saw it. */
    record Answer(int status, String contentType, String body) {
    }

    static HostileCall of(String method, String pathTemplate) {
        return new HostileCall(method, pathTemplate, Map.of(), Map.of(), Map.of(), null, null, null);
    }

    /** A value for the URL as it is, already percent-encoded where it should be. */
    static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    HostileCall withPathValue(String name, String encodedValue) {
        return new HostileCall(method, pathTemplate, with(pathValues, name, encodedValue), query, headers, body,
                contentType, bearer);
    }

    HostileCall withQuery(String name, String encodedValue) {
        return new HostileCall(method, pathTemplate, pathValues, with(query, name, encodedValue), headers, body,
                contentType, bearer);
    }

    HostileCall withHeader(String name, String value) {
        return new HostileCall(method, pathTemplate, pathValues, query, with(headers, name, value), body,
                contentType, bearer);
    }

    HostileCall withBody(byte[] body) {
        return new HostileCall(method, pathTemplate, pathValues, query, headers, body, contentType, bearer);
    }

    /** {@code null} sends no Content-Type header at all. */
    HostileCall withContentType(String contentType) {
        return new HostileCall(method, pathTemplate, pathValues, query, headers, body, contentType, bearer);
    }

    /** {@code null} sends no Authorization header at all. */
    HostileCall withBearer(String bearer) {
        return new HostileCall(method, pathTemplate, pathValues, query, headers, body, contentType, bearer);
    }

    Answer send(String baseUrl) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + target()))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + target() + " got no answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** The path with its values and the query, as they go on the request line. */
    String target() {
        String path = pathTemplate;
        for (Map.Entry<String, String> value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        if (query.isEmpty()) {
            return path;
        }
        return path + "?" + query.entrySet().stream().map(q -> encoded(q.getKey()) + "=" + q.getValue())
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> with(Map<String, String> map, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return Collections.unmodifiableMap(copy);
    }
}
