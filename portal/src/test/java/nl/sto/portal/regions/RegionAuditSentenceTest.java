package nl.sto.portal.regions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.sto.portal.KeycloakTestResource;
import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.regions.RegionViews.AuditEntry;
import nl.sto.portal.web.Texts;

/** A Quarkus test because the sentences come from the message bundles. */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
class RegionAuditSentenceTest {

    private static String told(String action, String detail, UiLanguage language) {
        AuditEntry entry = new AuditEntry(OffsetDateTime.parse("2024-03-01T10:15:00+01:00"), "admin", "Eva Jansen",
                "ministry", "R01", action, detail);
        return RegionAuditSentence.of(entry, Texts.of(RegionMessages.class, language), language);
    }

    @Test
    void eachActionIsASentenceWithDatesAndAmountsAsPeopleWriteThem() {
        assertThat(told("grant.awarded", "{\"year\":2024,\"amount\":\"1250000.00\"}", UiLanguage.NL))
                .isEqualTo("Eva Jansen kende de subsidie voor 2024 toe: €\u00a01.250.000,00.");
        assertThat(told("partner.left", "{\"name\":\"Demo: Testbedrijf\",\"leftOn\":\"2024-03-01\"}", UiLanguage.NL))
                .isEqualTo("Eva Jansen meldde Demo: Testbedrijf af als partner per 1 maart 2024.");
        assertThat(told("region.closed", "{\"closedOn\":\"2024-12-31\",\"reason\":\"Einde\"}", UiLanguage.EN))
                .isEqualTo("Eva Jansen closed the region as of 31 December 2024, because: Einde.");
        assertThat(told("region.registered", "{\"name\":\"Regio Test\",\"admittedOn\":\"2020-03-01\"}", UiLanguage.NL))
                .isEqualTo("Eva Jansen registreerde de regio Regio Test, toegelaten op 1 maart 2020.");
    }

    @Test
    void anUnknownActionOrAnUnreadableDetailIsToldByItsName() {
        assertThat(told("region.renamed", "{}", UiLanguage.NL)).isEqualTo("Eva Jansen: region.renamed.");
        assertThat(told("grant.awarded", "[1, 2]", UiLanguage.NL)).isEqualTo("Eva Jansen: grant.awarded.");
    }
}
