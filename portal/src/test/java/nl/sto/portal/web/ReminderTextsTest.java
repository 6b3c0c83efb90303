package nl.sto.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

import nl.sto.portal.KeycloakTestResource;
import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.notifications.ReminderStep;
import nl.sto.portal.client.notifications.ReminderViews;

/**
 * The names of the reminders' messages and delivery statuses that the region page and the ministry's pages show. A
 * Quarkus test because they are texts of the message bundles, in the person's language.
 */
@QuarkusTest
@WithTestResource(value = KeycloakTestResource.class, scope = TestResourceScope.GLOBAL)
class ReminderTextsTest {

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NL | announcement      | Aankondiging
            NL | before-56d        | 8 weken vooraf
            NL | before-14d        | 2 weken vooraf
            NL | before-7d         | 1 week vooraf
            NL | before-2d         | 2 dagen vooraf
            NL | before-1d         | 1 dag vooraf
            NL | due-day           | Op de dag zelf
            NL | overdue-1         | Te laat (1)
            NL | date-moved        | Datum verschoven
            NL | returned-1        | Teruggestuurd (versie 1)
            NL | calendar-cancel-2 | Agenda-afspraak vervallen
            NL | something-new     | something-new
            EN | announcement      | Announcement
            EN | before-56d        | 8 weeks before
            EN | before-2d         | 2 days before
            EN | due-day           | On the day itself
            EN | overdue-2         | Overdue (2)
            EN | date-moved        | Date moved
            EN | returned-1        | Returned (version 1)
            EN | calendar-cancel-1 | Calendar entry cancelled
            """)
    void eachMessageIsNamedAsPeopleSayIt(UiLanguage language, String step, String name) {
        assertThat(texts(language).reminder_step(ReminderStep.of(step))).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NL | scheduled         | Gepland
            NL | sent              | Verstuurd
            NL | permanent-failure | Mislukt
            EN | permanent-failure | Failed
            EN | cancelled         | Cancelled
            """)
    void deliveryStatusesAreNamedAsPeopleSayThem(UiLanguage language, String status, String name) {
        assertThat(texts(language).option("reminderStatus", status)).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyStatusInEveryLanguage")
    void everyDeliveryStatusHasAName(UiLanguage language, String status) {
        assertThat(texts(language).option("reminderStatus", status)).isNotBlank().isNotEqualTo(status);
    }

    static Stream<Arguments> everyStatusInEveryLanguage() {
        return Arrays.stream(UiLanguage.values())
                .flatMap(language -> ReminderViews.STATUSES.stream().map(status -> Arguments.of(language, status)));
    }

    private static WebMessages texts(UiLanguage language) {
        return Texts.of(WebMessages.class, language);
    }
}
