package nl.sto.portal.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.sto.contracts.regions.RegionRole;
import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.notifications.ReminderViews.Pause;
import nl.sto.portal.client.regions.RegionViews.Allowed;
import nl.sto.portal.client.reports.Names;
import nl.sto.portal.client.reports.ObligationView;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.Outcome;

class RegionRemindersTest {

    @Test
    void failedMessagesComeFirstThenThoseBeingRetriedThenTheRestInTheServicesOrder() {
        RegionReminders reminders = RegionReminders.of(List.of(
                RegionFixtures.reminder("a", "o1", "announcement", "sent", 1),
                RegionFixtures.reminder("b", "o1", "before-56d", "temporary-failure", 2),
                RegionFixtures.reminder("c", "o1", "before-14d", "scheduled", 3),
                RegionFixtures.reminder("d", "o2", "announcement", "permanent-failure", 4),
                RegionFixtures.reminder("e", "o2", "before-2d", "technical-failure", 5),
                RegionFixtures.reminder("f", "o2", "due-day", "cancelled", 6)), null);

        assertThat(reminders.rows()).extracting(r -> r.id()).containsExactly("d", "e", "b", "a", "c", "f");
        assertThat(reminders.failures()).isEqualTo(2);
        assertThat(reminders.pause()).isEqualTo(Pause.NONE);
        assertThat(reminders.available()).isTrue();
    }

    @Test
    void withoutTheServiceThereIsNothingToShowAndNothingFailed() {
        assertThat(RegionReminders.UNAVAILABLE.available()).isFalse();
        assertThat(RegionReminders.UNAVAILABLE.rows()).isEmpty();
        assertThat(RegionReminders.UNAVAILABLE.failures()).isZero();
    }

    @Test
    void aReminderIsNamedByItsObligationInThePagesLanguage() {
        ObligationView plan = new ObligationView("o1", "R01", "DEMO", "DEMO_PLAN",
                new Names("Activiteitenplan", "Activity plan"), true, 1, LocalDate.of(2025, 7, 1), "OPEN", null,
                "Stcrt.", List.of(), true);
        RegionPage page = new RegionPage("school", RegionFixtures.region(RegionRole.LEAD, "ACTIVE"),
                new Allowed(false, true, false, false), List.of(),
                RegionObligations.of(List.of(plan), List.of(), List.of()),
                RegionReminders.of(List.of(), Pause.NONE), FormFeedback.NONE, Outcome.NONE, LocalDate.of(2025, 6, 1),
                "{}");

        assertThat(page.obligationNames(UiLanguage.NL)).containsExactly(entry("o1", "Activiteitenplan"));
        assertThat(page.obligationNames(UiLanguage.EN)).containsExactly(entry("o1", "Activity plan"));
    }
}
