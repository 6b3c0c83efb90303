package nl.sto.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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

    private static String step(UiLanguage language, String step) {
        return Texts.of(WebMessages.class, language).reminder_step(ReminderStep.of(step));
    }

    private static String status(UiLanguage language, String status) {
        return Texts.of(WebMessages.class, language).option("reminderStatus", status);
    }

    @Test
    void eachMessageIsNamedAsPeopleSayItInDutch() {
        assertThat(step(UiLanguage.NL, "announcement")).isEqualTo("Aankondiging");
        assertThat(step(UiLanguage.NL, "before-56d")).isEqualTo("8 weken vooraf");
        assertThat(step(UiLanguage.NL, "before-14d")).isEqualTo("2 weken vooraf");
        assertThat(step(UiLanguage.NL, "before-7d")).isEqualTo("1 week vooraf");
        assertThat(step(UiLanguage.NL, "before-2d")).isEqualTo("2 dagen vooraf");
        assertThat(step(UiLanguage.NL, "before-1d")).isEqualTo("1 dag vooraf");
        assertThat(step(UiLanguage.NL, "due-day")).isEqualTo("Op de dag zelf");
        assertThat(step(UiLanguage.NL, "overdue-1")).isEqualTo("Te laat (1)");
        assertThat(step(UiLanguage.NL, "date-moved")).isEqualTo("Datum verschoven");
        assertThat(step(UiLanguage.NL, "returned-1")).isEqualTo("Teruggestuurd (versie 1)");
        assertThat(step(UiLanguage.NL, "calendar-cancel-2")).isEqualTo("Agenda-afspraak vervallen");
        assertThat(step(UiLanguage.NL, "something-new")).isEqualTo("something-new");
    }

    @Test
    void andInEnglish() {
        assertThat(step(UiLanguage.EN, "announcement")).isEqualTo("Announcement");
        assertThat(step(UiLanguage.EN, "before-56d")).isEqualTo("8 weeks before");
        assertThat(step(UiLanguage.EN, "before-2d")).isEqualTo("2 days before");
        assertThat(step(UiLanguage.EN, "due-day")).isEqualTo("On the day itself");
        assertThat(step(UiLanguage.EN, "overdue-2")).isEqualTo("Overdue (2)");
        assertThat(step(UiLanguage.EN, "date-moved")).isEqualTo("Date moved");
        assertThat(step(UiLanguage.EN, "returned-1")).isEqualTo("Returned (version 1)");
        assertThat(step(UiLanguage.EN, "calendar-cancel-1")).isEqualTo("Calendar entry cancelled");
    }

    @Test
    void everyDeliveryStatusHasANameInBothLanguages() {
        assertThat(status(UiLanguage.NL, "scheduled")).isEqualTo("Gepland");
        assertThat(status(UiLanguage.NL, "sent")).isEqualTo("Verstuurd");
        assertThat(status(UiLanguage.NL, "permanent-failure")).isEqualTo("Mislukt");
        assertThat(status(UiLanguage.EN, "permanent-failure")).isEqualTo("Failed");
        assertThat(status(UiLanguage.EN, "cancelled")).isEqualTo("Cancelled");
        for (String status : ReminderViews.STATUSES) {
            assertThat(status(UiLanguage.NL, status)).as(status).isNotEqualTo(status).isNotBlank();
            assertThat(status(UiLanguage.EN, status)).as(status).isNotEqualTo(status).isNotBlank();
        }
    }
}
