package nl.sto.monitor.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import nl.sto.common.problem.Problem.FieldError;
import nl.sto.monitor.events.LoggedEvent;

import org.junit.jupiter.api.Test;

/** The CloudEvents subscription filters: read from JSON, each dialect matched, every mistake named by its path. */
class WebhookFiltersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LoggedEvent SUBMITTED_R01 = event("nl.sto.report.submitted.v1", "R01");
    private static final LoggedEvent ACCEPTED_R01 = event("nl.sto.report.accepted.v1", "R01");
    private static final LoggedEvent SUBMITTED_R02 = event("nl.sto.report.submitted.v1", "R02");
    private static final LoggedEvent REMINDER_R12 = event("nl.sto.reminder.sent.v1", "R12");
    private static final LoggedEvent NO_SUBJECT = event("nl.sto.regulation.published.v1", null);

    @Test
    void noFiltersPassEveryEvent() {
        assertThat(passes("[]")).containsExactly(SUBMITTED_R01, ACCEPTED_R01, SUBMITTED_R02, REMINDER_R12,
                NO_SUBJECT);
        assertThat(EventFilters.parse(null).filter().matches(NO_SUBJECT)).isTrue();
    }

    @Test
    void exactPrefixAndSuffixTestEveryAttributeTheyName() {
        assertThat(passes("[{\"exact\": {\"type\": \"nl.sto.report.submitted.v1\"}}]"))
                .containsExactly(SUBMITTED_R01, SUBMITTED_R02);
        assertThat(passes("[{\"exact\": {\"type\": \"nl.sto.report.submitted.v1\", \"region\": \"R01\"}}]"))
                .containsExactly(SUBMITTED_R01);
        assertThat(passes("[{\"prefix\": {\"type\": \"nl.sto.report.\"}}]"))
                .containsExactly(SUBMITTED_R01, ACCEPTED_R01, SUBMITTED_R02);
        assertThat(passes("[{\"suffix\": {\"subject\": \"01\"}}]")).containsExactly(SUBMITTED_R01, ACCEPTED_R01);
        assertThat(passes("[{\"prefix\": {\"region\": \"R1\"}}]")).as("the region is the subject")
                .containsExactly(REMINDER_R12);
    }

    @Test
    void anEventWithoutSubjectMatchesNoSubject() {
        assertThat(passes("[{\"prefix\": {\"subject\": \"R\"}}]")).doesNotContain(NO_SUBJECT);
        assertThat(passes("[{\"not\": {\"exact\": {\"region\": \"R01\"}}}]")).contains(NO_SUBJECT);
    }

    @Test
    void allAnyAndNotCombineFilters() {
        assertThat(passes("""
                [{"any": [{"exact": {"region": "R01"}}, {"exact": {"region": "R12"}}]},
                 {"not": {"suffix": {"type": ".accepted.v1"}}}]"""))
                .containsExactly(SUBMITTED_R01, REMINDER_R12);
        assertThat(passes("""
                [{"all": [{"prefix": {"type": "nl.sto.report."}}, {"not": {"exact": {"subject": "R02"}}}]}]"""))
                .containsExactly(SUBMITTED_R01, ACCEPTED_R01);
        assertThat(passes("[{\"any\": []}]")).as("any of none passes nothing").isEmpty();
        assertThat(passes("[{\"all\": []}]")).as("all of none passes everything").hasSize(5);
    }

    @Test
    void everyMistakeIsNamedByItsPath() {
        assertThat(errors("""
                [{"between": {"type": "x"}},
                 {"exact": {"kind": "x", "type": 3}},
                 {"any": [{"prefix": {}}, "text"]},
                 {"not": [{"exact": {"type": "x"}}]},
                 {"exact": {"type": "x"}, "prefix": {"type": "y"}},
                 {"suffix": {"subject": ""}}]"""))
                .extracting(FieldError::field)
                .containsExactly("filters[0].between", "filters[1].exact.kind", "filters[1].exact.type",
                        "filters[2].any[0].prefix", "filters[2].any[1]", "filters[3].not", "filters[4]",
                        "filters[5].suffix.subject");
        assertThat(errors("[{\"between\": {}}]").get(0).message()).contains("exact, prefix, suffix, all, any or not");
        assertThat(errors("[{\"exact\": {\"kind\": \"x\"}}]").get(0).message()).contains("type, subject and region");
    }

    @Test
    void filtersNestedTooDeepAreRefused() {
        String deep = "{\"exact\": {\"type\": \"x\"}}";
        for (int i = 0; i < 12; i++) {
            deep = "{\"not\": " + deep + "}";
        }
        assertThat(errors("[" + deep + "]")).isNotEmpty();
    }

    private static List<LoggedEvent> passes(String filters) {
        EventFilters.Parsed parsed = EventFilters.parse(nodes(filters));
        assertThat(parsed.errors()).isEmpty();
        return List.of(SUBMITTED_R01, ACCEPTED_R01, SUBMITTED_R02, REMINDER_R12, NO_SUBJECT).stream()
                .filter(parsed.filter()::matches).toList();
    }

    private static List<FieldError> errors(String filters) {
        EventFilters.Parsed parsed = EventFilters.parse(nodes(filters));
        assertThat(parsed.filter()).isNull();
        return parsed.errors();
    }

    private static List<JsonNode> nodes(String filters) {
        try {
            List<JsonNode> nodes = new ArrayList<>();
            JSON.readTree(filters).forEach(nodes::add);
            return nodes;
        } catch (Exception e) {
            throw new IllegalArgumentException(filters, e);
        }
    }

    private static LoggedEvent event(String type, String subject) {
        return new LoggedEvent("1.0", type + subject, type, "/sto/test", subject, null, null, null, 1);
    }
}
