package nl.sto.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OutcomeTest {

    @Test
    void readsTheCodeOfTheRedirectAndShowsItInItsSection() {
        Outcome outcome = Outcome.fromCode("contact-added");

        assertThat(outcome).isEqualTo(Outcome.CONTACT_ADDED);
        assertThat(outcome.shownIn("contacts")).isTrue();
        assertThat(outcome.shownIn("partners")).isFalse();
    }

    @Test
    void leadsToThePageWithTheCodeAndScrollsToItsSection() {
        assertThat(Outcome.CONTACT_ADDED.at("/school/regions/R01"))
                .hasToString("/school/regions/R01?done=contact-added#contacts");
    }

    @Test
    void unknownOrMissingCodesShowNothing() {
        assertThat(Outcome.fromCode("nonsense")).isEqualTo(Outcome.NONE);
        assertThat(Outcome.fromCode(null)).isEqualTo(Outcome.NONE);
        assertThat(Outcome.fromCode("")).isEqualTo(Outcome.NONE);
        assertThat(Outcome.NONE.shownIn("")).isFalse();
    }
}
