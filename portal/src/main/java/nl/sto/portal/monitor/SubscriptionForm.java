package nl.sto.portal.monitor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import nl.sto.portal.client.monitor.MonitorViews.SubscriptionRequest;
import nl.sto.portal.format.Dates;

/**
 * The subscription form's simple filter fields turned into the CloudEvents subscription filters monitor-service
 * takes (see its README): an event type prefix ({@code {"prefix": {"type": ...}}}) and regions (one:
 * {@code {"exact": {"region": ...}}}, several: {@code {"any": [...]}} of those). Both must pass; neither filled in
 * means every event. And the replay form's time, typed in Dutch time.
 */
public final class SubscriptionForm {

    public static final String FORM = "subscribe";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d-M-uuuu");
    private static final DateTimeFormatter TYPED_MOMENT = DateTimeFormatter.ofPattern("d-M-uuuu H:mm");

    private SubscriptionForm() {
    }

    /** The request as the service takes it; fields left empty are left out (null) so its own rules speak. */
    public static SubscriptionRequest request(String url, String description, String contactEmail, String typePrefix,
            String regions) {
        return new SubscriptionRequest(blankAsNull(url), blankAsNull(description), blankAsNull(contactEmail),
                filters(typePrefix, regions));
    }

    /** The filters of the two simple fields; an empty list (every event) when neither is filled in. */
    public static List<JsonNode> filters(String typePrefix, String regions) {
        List<JsonNode> filters = new ArrayList<>();
        String prefix = blankAsNull(typePrefix);
        if (prefix != null) {
            filters.add(dialect("prefix", "type", prefix));
        }
        List<String> codes = regionCodes(regions);
        if (codes.size() == 1) {
            filters.add(dialect("exact", "region", codes.get(0)));
        } else if (codes.size() > 1) {
            ObjectNode any = JSON.objectNode();
            codes.forEach(code -> any.withArray("any").add(dialect("exact", "region", code)));
            filters.add(any);
        }
        return filters;
    }

    /** Region codes as typed, separated by commas or spaces, upper case, each once. */
    public static List<String> regionCodes(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(typed.split("[,;\\s]+")).filter(s -> !s.isBlank())
                .map(s -> s.toUpperCase(Locale.ROOT)).toList()));
    }

    private static ObjectNode dialect(String dialect, String attribute, String value) {
        ObjectNode node = JSON.objectNode();
        node.putObject(dialect).put(attribute, value);
        return node;
    }

    /**
     * The moment a replay starts from as typed: a browser's {@code 2026-03-01T09:00}, {@code 2026-03-01 09:00},
     * {@code 1-3-2026 9:00}, or a day alone (its start); in Dutch time. Empty when it is none of these.
     */
    public static Optional<String> since(String typed, ZoneId zone) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String value = typed.strip().replace('T', ' ');
        try {
            LocalDateTime moment;
            if (value.matches("\\d{4}-\\d{2}-\\d{2} \\d{1,2}:\\d{2}(:\\d{2})?")) {
                moment = LocalDateTime.parse(value.replace(' ', 'T'));
            } else if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                moment = LocalDate.parse(value).atStartOfDay();
            } else if (value.matches("\\d{1,2}-\\d{1,2}-\\d{4} \\d{1,2}:\\d{2}")) {
                moment = LocalDateTime.parse(value, TYPED_MOMENT);
            } else if (value.matches("\\d{1,2}-\\d{1,2}-\\d{4}")) {
                moment = LocalDate.parse(value, TYPED_DATE).atTime(LocalTime.MIDNIGHT);
            } else {
                return Optional.empty();
            }
            return Optional.of(moment.atZone(zone).toOffsetDateTime().toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public static Optional<String> since(String typed) {
        return since(typed, Dates.PROGRAMME_ZONE);
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
