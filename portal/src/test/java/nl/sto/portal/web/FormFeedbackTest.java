package nl.sto.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.sto.portal.client.Problem;

class FormFeedbackTest {

    private final FormFeedback refusedKvk = new FormFeedback("partner-add",
            new Problem(400, "Invalid request", "identifier: must be a KvK number of 8 digits",
                    List.of(new Problem.FieldError("identifier", "must be a KvK number of 8 digits")), null),
            Map.of("identifier", "123", "name", "Demo: Bouwbedrijf"));

    @Test
    void marksTheOffendingFieldOfTheRefusedFormOnly() {
        assertThat(refusedKvk.hasError("partner-add", "identifier")).isTrue();
        assertThat(refusedKvk.error("partner-add", "identifier")).isEqualTo("must be a KvK number of 8 digits");
        assertThat(refusedKvk.hasError("partner-add", "name")).isFalse();
        assertThat(refusedKvk.hasError("contact-add", "identifier")).isFalse();
    }

    @Test
    void showsWhatWasTypedInTheRefusedFormAndTheUsualValuesElsewhere() {
        assertThat(refusedKvk.value("partner-add", "identifier", "99000001")).isEqualTo("123");
        assertThat(refusedKvk.value("partner-add", "municipality", "Emmen")).isEmpty();
        assertThat(refusedKvk.value("grant", "year", 2025)).isEqualTo("2025");
        assertThat(FormFeedback.NONE.value("grant", "amount", null)).isEmpty();
    }

    @Test
    void aFormShownAgainAsTypedKeepsItsValuesWithoutAnErrorSummary() {
        FormFeedback kept = FormFeedback.kept("draft", Map.of("covid-19.text", "Stages vielen weg"), "nl");

        assertThat(kept.value("draft", "covid-19.text", "opgeslagen")).isEqualTo("Stages vielen weg");
        assertThat(kept.refused("draft")).isFalse();
        assertThat(refusedKvk.refused("partner-add")).isTrue();
        assertThat(refusedKvk.refused("contact-add")).isFalse();
    }

    @Test
    void theDetailIsShownOnlyWhenNoFieldSaysIt() {
        assertThat(refusedKvk.showsDetail()).isFalse();
        FormFeedback conflict = new FormFeedback("grant",
                new Problem(409, "Conflict", "Region R01 already has a grant for 2025", null, null), Map.of());
        assertThat(conflict.language()).as("services write English").isEqualTo("en");
        assertThat(conflict.showsDetail()).isTrue();
        assertThat(conflict.errors()).isEmpty();
    }

    @Test
    void noFeedbackIsForNoForm() {
        assertThat(FormFeedback.NONE.isFor("")).isFalse();
    }
}
