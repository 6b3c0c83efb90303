package nl.sto.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.sto.portal.client.notifications.ReminderStep.Kind;
import nl.sto.portal.client.notifications.ReminderViews.TemplatePreview;
import nl.sto.portal.web.FormFeedback;

class TemplatePageTest {

    @Test
    void theTemplateAndTheLanguageOfTheEmailAreInTheAddress() {
        TemplatePage page = page("before-14d", "en", "BEGIN:VCALENDAR");

        assertThat(page.path()).isEqualTo("/ministry/reminder-templates/before-14d/en");
        assertThat(page.testAction()).isEqualTo("/ministry/reminder-templates/before-14d/en/test");
        assertThat(page.otherLanguage()).isEqualTo("nl");
        assertThat(page.path(page.step(), page.otherLanguage()))
                .isEqualTo("/ministry/reminder-templates/before-14d/nl");
        assertThat(page.kind().kind()).isEqualTo(Kind.BEFORE);
        assertThat(page.hasCalendar()).isTrue();
        assertThat(page("announcement", "nl", " ").hasCalendar()).isFalse();
    }

    @Test
    void onlyTheTwoLanguagesOfTheEmailsExist() {
        assertThat(TemplatePage.knows("nl")).isTrue();
        assertThat(TemplatePage.knows("en")).isTrue();
        assertThat(TemplatePage.knows("de")).isFalse();
        assertThat(TemplatePage.knows(null)).isFalse();
    }

    private static TemplatePage page(String step, String language, String calendar) {
        return new TemplatePage(step, language, List.of("announcement", step),
                new TemplatePreview(step, language, "Onderwerp", "<p>Hallo</p>", "Hallo", calendar, "v1"), null,
                new ReminderAccess(true, true), FormFeedback.NONE);
    }
}
