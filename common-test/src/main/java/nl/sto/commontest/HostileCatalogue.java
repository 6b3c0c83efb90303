package nl.sto.commontest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The bad inputs for one endpoint, derived from what its OpenAPI document says it takes: its path and query
 * parameters, its request body's media types and (from the schema, or the example where the schema gives no
 * properties) the body's fields and their types; and bad tokens, for every endpoint.
 */
final class HostileCatalogue {

    private static final String NUL = "\u0000";
    private static final String ONE_MEGABYTE = "x".repeat(1024 * 1024);
    private static final List<String> BAD_DATES = List.of("+99999-01-01", "2021-02-30", "not-a-date");
    private static final BigDecimal HUGE = new BigDecimal("1e400");
    private static final BigInteger TWO_TO_THE_63 = BigInteger.TWO.pow(63);

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern DATE_VALUE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final String UNKNOWN_FIELD = "hostileUnknownField";

    private final Endpoint endpoint;
    private final GoodBody body;
    private final HostileInputContractTest.Login login;
    private final List<HostileCase> cases = new ArrayList<>();

    private HostileCatalogue(Endpoint endpoint, GoodBody body, HostileInputContractTest.Login login) {
        this.endpoint = endpoint;
        this.body = body;
        this.login = login;
    }

    static List<HostileCase> of(Endpoint endpoint, GoodBody body, HostileInputContractTest.Login login) {
        HostileCatalogue catalogue = new HostileCatalogue(endpoint, body, login);
        catalogue.pathParameters();
        catalogue.queryParameters();
        if (body != null && body.isJson()) {
            catalogue.jsonBody();
        } else if (body != null) {
            catalogue.multipartBody();
        }
        catalogue.tokens();
        return List.copyOf(catalogue.cases);
    }

    private void pathParameters() {
        for (Endpoint.Parameter parameter : endpoint.parameters("path")) {
            String name = parameter.name();
            add("NUL byte in path parameter " + name, call -> call.withPathValue(name,
                    call.pathValues().get(name) + "%00"));
            if (parameter.isInteger()) {
                add("huge number 1e400 in path parameter " + name, call -> call.withPathValue(name, "1e400"));
                add("huge number 2^63 in path parameter " + name,
                        call -> call.withPathValue(name, TWO_TO_THE_63.toString()));
            }
        }
    }

    private void queryParameters() {
        for (Endpoint.Parameter parameter : endpoint.parameters("query")) {
            String name = parameter.name();
            String good = parameter.isInteger() ? "1" : SchemaExample.TEXT;
            add("NUL byte in query parameter " + name, call -> call.withQuery(name,
                    call.query().getOrDefault(name, good) + "%00"));
            if (parameter.isInteger()) {
                add("huge number 1e400 in query parameter " + name, call -> call.withQuery(name, "1e400"));
                add("huge number 2^63 in query parameter " + name,
                        call -> call.withQuery(name, TWO_TO_THE_63.toString()));
            }
            if (parameter.isDate()) {
                BAD_DATES.forEach(date -> add("bad date " + date + " in query parameter " + name,
                        call -> call.withQuery(name, HostileCall.encoded(date))));
            }
        }
        if (endpoint.parameter("query", "page").isPresent()) {
            add("paging page=2147483647", call -> call.withQuery("page", "2147483647"));
            add("paging page=-1", call -> call.withQuery("page", "-1"));
        }
        if (endpoint.parameter("query", "size").isPresent()) {
            add("paging size=0", call -> call.withQuery("size", "0"));
            add("paging size=100000", call -> call.withQuery("size", "100000"));
        }
    }

    private void jsonBody() {
        fields(JsonPointer.empty(), body.schema(), body.json());
        if (body.json().isObject()) {
            addBody("unknown field " + UNKNOWN_FIELD,
                    good -> ((ObjectNode) good).deepCopy().put(UNKNOWN_FIELD, SchemaExample.TEXT));
        }
        add("invalid UTF-8 bytes in the body", call -> call.withBody(invalidUtf8(GoodBody.parse(call.body()))));
        add("a body that is not JSON", call -> call.withBody("{\"this is\": not json".getBytes(
                StandardCharsets.UTF_8)));
        contentTypes("text/plain; charset=UTF-8");
    }

    private void multipartBody() {
        add("multipart without boundary", call -> call.withContentType(GoodBody.MULTIPART_TYPE));
        add("multipart with a broken boundary", call -> call.withBody(
                GoodBody.multipart(body.schema(), "another-boundary")));
        contentTypes(GoodBody.JSON_TYPE);
    }

    /** An endpoint that declares {@code *}{@code /*} takes any Content-Type, or none: nothing to refuse there. */
    private void contentTypes(String wrong) {
        if (endpoint.acceptsAnyContentType()) {
            return;
        }
        add("missing Content-Type", call -> call.withContentType(null));
        add("wrong Content-Type " + wrong, call -> call.withContentType(wrong));
    }

    private void tokens() {
        add("no token", call -> call.withBearer(null));
        add("token from an unknown issuer", call -> call.withBearer(BadTokens.fromUnknownIssuer()));
        add("ID token of " + login.username(), call -> call.withBearer(BadTokens.idToken(login)));
        add("expired token of " + login.username(), call -> call.withBearer(BadTokens.expired(login)));
        add("garbage token", call -> call.withBearer(BadTokens.GARBAGE));
    }

    /**
     * The cases of every field in the good body, typed by its schema where it has one, else by its value. Each case
     * changes the field in the good body of its own request, which the subclass may make anew for every case.
     */
    private void fields(JsonPointer at, JsonNode schema, JsonNode value) {
        String field = at.toString().isEmpty() ? "the body"
                : "field " + at.toString().substring(1).replace('/', '.');
        String type = Schemas.type(schema);
        if (value.isObject()) {
            replace(at, "array for an object in " + field, good -> JSON.arrayNode().add(good.deepCopy()));
            for (Iterator<Map.Entry<String, JsonNode>> each = value.fields(); each.hasNext();) {
                Map.Entry<String, JsonNode> child = each.next();
                fields(at.appendProperty(child.getKey()), Schemas.ofField(schema, child.getKey()), child.getValue());
            }
        } else if (value.isArray()) {
            replace(at, "object for an array in " + field, good -> JSON.objectNode());
            if (!value.isEmpty()) {
                fields(at.appendIndex(0), schema.path("items"), value.get(0));
            }
        } else if (value.isTextual()) {
            text(at, field, schema, value.asText());
        } else if ("integer".equals(type) || (type == null && value.isIntegralNumber())) {
            number(at, field);
            replace(at, "fraction for an integer in " + field,
                    good -> JSON.numberNode(good.decimalValue().add(new BigDecimal("0.5"))));
        } else if (value.isNumber()) {
            number(at, field);
        }
    }

    private void text(JsonPointer at, String field, JsonNode schema, String example) {
        replace(at, "NUL byte in " + field, good -> JSON.textNode(good.asText() + NUL));
        replace(at, "1 MB string in " + field, good -> JSON.textNode(ONE_MEGABYTE));
        replace(at, "boolean for a text in " + field, good -> JSON.booleanNode(true));
        replace(at, "number for a text in " + field, good -> JSON.numberNode(1));
        boolean date = "date".equals(schema.path("format").asText())
                || (schema.isMissingNode() && DATE_VALUE.matcher(example).matches());
        if (date) {
            BAD_DATES.forEach(bad -> replace(at, "bad date " + bad + " in " + field, good -> JSON.textNode(bad)));
        }
    }

    private void number(JsonPointer at, String field) {
        replace(at, "string for a number in " + field, good -> JSON.textNode(good.asText()));
        replace(at, "huge number 1e400 in " + field, good -> JSON.numberNode(HUGE));
        replace(at, "huge number 2^63 in " + field, good -> JSON.numberNode(TWO_TO_THE_63));
    }

    /** Replaces the field at {@code at} with what {@code bad} makes of its good value. */
    private void replace(JsonPointer at, String name, UnaryOperator<JsonNode> bad) {
        addBody(name, good -> replaced(good, at, bad.apply(good.at(at))));
    }

    private void addBody(String name, UnaryOperator<JsonNode> bad) {
        add(name, call -> call.withBody(GoodBody.bytes(bad.apply(GoodBody.parse(call.body())))));
    }

    private void add(String name, UnaryOperator<HostileCall> change) {
        cases.add(new HostileCase(name, change));
    }

    private static JsonNode replaced(JsonNode root, JsonPointer at, JsonNode value) {
        if (at.toString().isEmpty()) {
            return value;
        }
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy.at(at.head());
        JsonPointer last = at.last();
        if (parent instanceof ArrayNode array) {
            array.set(last.getMatchingIndex(), value);
        } else {
            ((ObjectNode) parent).set(last.getMatchingProperty(), value);
        }
        return copy;
    }

    /**
     * The good body with bytes that are no UTF-8 at all (a lone continuation byte, an overlong lead) inside the
     * first text, or inside an added field where the body has no text.
     */
    private static byte[] invalidUtf8(JsonNode good) {
        String marker = "HOSTILE-UTF8-MARKER";
        JsonNode marked = withMarker(good, marker);
        String json = new String(GoodBody.bytes(marked), StandardCharsets.UTF_8);
        int at = json.indexOf(marker);
        byte[] before = json.substring(0, at).getBytes(StandardCharsets.UTF_8);
        byte[] after = json.substring(at + marker.length()).getBytes(StandardCharsets.UTF_8);
        byte[] invalid = {(byte) 0x80, (byte) 0xC0, (byte) 0xAF, (byte) 0xFF};
        byte[] bytes = new byte[before.length + invalid.length + after.length];
        System.arraycopy(before, 0, bytes, 0, before.length);
        System.arraycopy(invalid, 0, bytes, before.length, invalid.length);
        System.arraycopy(after, 0, bytes, before.length + invalid.length, after.length);
        return bytes;
    }

    private static JsonNode withMarker(JsonNode good, String marker) {
        JsonPointer text = firstText(good, JsonPointer.empty());
        if (text != null) {
            return replaced(good, text, JSON.textNode(marker));
        }
        if (good.isObject()) {
            return ((ObjectNode) good).deepCopy().put(UNKNOWN_FIELD, marker);
        }
        return JSON.textNode(marker);
    }

    private static JsonPointer firstText(JsonNode node, JsonPointer at) {
        if (node.isTextual()) {
            return at;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> each = node.fields(); each.hasNext();) {
                Map.Entry<String, JsonNode> child = each.next();
                JsonPointer found = firstText(child.getValue(), at.appendProperty(child.getKey()));
                if (found != null) {
                    return found;
                }
            }
        }
        if (node.isArray() && !node.isEmpty()) {
            return firstText(node.get(0), at.appendIndex(0));
        }
        return null;
    }
}
