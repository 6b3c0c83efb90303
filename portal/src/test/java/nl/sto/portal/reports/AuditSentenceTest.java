package nl.sto.portal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.sto.portal.KeycloakTestResource;
import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.reports.ReportViews.AuditEntry;
import nl.sto.portal.web.Texts;

/** A Quarkus test because the sentences come from the message bundles. */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
class AuditSentenceTest {

    private static final Function<String, String> TITLES = key -> key.equals("covid-19") ? "Gevolgen van COVID-19"
            : key;

    private static String told(String action, int version, String detail, UiLanguage language) {
        AuditEntry entry = new AuditEntry(OffsetDateTime.parse("2021-11-02T10:15:00+01:00"), version, "lead-r01",
                "Lieke de Vries", "school", action, detail);
        return AuditSentence.of(entry, Texts.of(ReportMessages.class, language), language, TITLES);
    }

    @Test
    void eachActionIsASentenceWithWhoAndWhat() {
        assertThat(told("section.saved", 1, "{\"section\":\"covid-19\",\"revision\":4}", UiLanguage.NL))
                .isEqualTo("Lieke de Vries sloeg het onderdeel „Gevolgen van COVID-19” op.");
        assertThat(told("attachment.added", 1, "{\"filename\":\"plan.pdf\",\"size\":2048,\"sha256\":\"ab\"}",
                UiLanguage.NL)).startsWith("Lieke de Vries voegde de bijlage plan.pdf toe (");
        assertThat(told("report.resubmitted", 2, "{\"receipt\":\"STO-R01-VR1-2\",\"late\":true}", UiLanguage.NL))
                .isEqualTo("Lieke de Vries diende versie 2 opnieuw in, na de uiterste datum; ontvangstbewijs "
                        + "STO-R01-VR1-2.");
        assertThat(told("report.submitted", 1, "{\"receipt\":\"STO-R01-VR1-1\",\"late\":false}", UiLanguage.EN))
                .isEqualTo("Lieke de Vries submitted version 1; receipt STO-R01-VR1-1.");
        assertThat(told("revision.started", 2, "{\"basedOn\":1}", UiLanguage.NL))
                .isEqualTo("Lieke de Vries begon versie 2, een herziening van versie 1.");
    }

    @Test
    void anUnknownActionOrAnUnreadableDetailIsToldByItsName() {
        assertThat(told("report.archived", 1, "{}", UiLanguage.NL)).isEqualTo("Lieke de Vries: report.archived.");
        assertThat(told("attachment.removed", 1, "not json", UiLanguage.NL))
                .isEqualTo("Lieke de Vries: Bijlage verwijderd.");
    }
}
