package nl.sto.portal.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.sto.portal.client.Problem;
import nl.sto.portal.client.monitor.MonitorViews.SubscriptionRequest;

class SubscriptionFormTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private static String json(List<JsonNode> filters) {
        try {
            return new ObjectMapper().writeValueAsString(filters);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void noFilterFieldsMeanEveryEvent() {
        assertThat(SubscriptionForm.filters("", "  ")).isEmpty();
        assertThat(SubscriptionForm.filters(null, null)).isEmpty();
    }

    @Test
    void aTypePrefixIsAPrefixFilterOnTheType() {
        assertThat(json(SubscriptionForm.filters(" nl.sto.report. ", null)))
                .isEqualTo("[{\"prefix\":{\"type\":\"nl.sto.report.\"}}]");
    }

    @Test
    void oneRegionIsAnExactFilterAndSeveralAreAnyOfThem() {
        assertThat(json(SubscriptionForm.filters(null, "r01")))
                .isEqualTo("[{\"exact\":{\"region\":\"R01\"}}]");
        assertThat(json(SubscriptionForm.filters("nl.sto.report.", "R01, R02 r01")))
                .isEqualTo("[{\"prefix\":{\"type\":\"nl.sto.report.\"}},"
                        + "{\"any\":[{\"exact\":{\"region\":\"R01\"}},{\"exact\":{\"region\":\"R02\"}}]}]");
        assertThat(SubscriptionForm.regionCodes("R01;R02,,R03")).containsExactly("R01", "R02", "R03");
    }

    @Test
    void emptyFieldsAreLeftOutSoThatTheServiceNamesThem() {
        SubscriptionRequest request = SubscriptionForm.request(" https://example.org/hook ", "", null, null, null);

        assertThat(request.url()).isEqualTo("https://example.org/hook");
        assertThat(request.description()).isNull();
        assertThat(request.contactEmail()).isNull();
        assertThat(request.filters()).isEmpty();
    }

    @Test
    void theReplayTimeIsReadInDutchTime() {
        assertThat(SubscriptionForm.since("2026-03-01T09:00", AMSTERDAM)).contains("2026-03-01T09:00+01:00");
        assertThat(SubscriptionForm.since("2026-07-01 09:30", AMSTERDAM)).contains("2026-07-01T09:30+02:00");
        assertThat(SubscriptionForm.since("1-3-2026 9:00", AMSTERDAM)).contains("2026-03-01T09:00+01:00");
        assertThat(SubscriptionForm.since("1-3-2026", AMSTERDAM)).contains("2026-03-01T00:00+01:00");
        assertThat(SubscriptionForm.since("2026-03-01", AMSTERDAM)).contains("2026-03-01T00:00+01:00");
        assertThat(SubscriptionForm.since("gisteren", AMSTERDAM)).isEmpty();
        assertThat(SubscriptionForm.since("2026-13-01", AMSTERDAM)).isEmpty();
        assertThat(SubscriptionForm.since("", AMSTERDAM)).isEmpty();
    }

    @Test
    void theServicesFilterErrorsLandOnTheFieldsTheyWereMadeFrom() {
        Problem refused = new Problem(400, "Bad Request", "", List.of(
                new Problem.FieldError("url", "resolves to a private address"),
                new Problem.FieldError("filters[0].prefix.type", "must not be empty"),
                new Problem.FieldError("filters[1].any[0].exact.region", "is too long")), null);

        assertThat(SubscriptionsResource.onFormFields(refused).errors()).extracting(Problem.FieldError::field)
                .containsExactly("url", "typePrefix", "regions");
    }
}
