package nl.sto.portal.client.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import nl.sto.portal.client.notifications.ReminderStep.Kind;
import nl.sto.portal.client.notifications.ReminderViews.ReminderView;

class ReminderStepTest {

    @Test
    void readsEveryStepNameOfNotificationService() {
        assertThat(ReminderStep.of("announcement")).isEqualTo(new ReminderStep(Kind.ANNOUNCEMENT, 0, "announcement"));
        assertThat(ReminderStep.of("before-56d")).isEqualTo(new ReminderStep(Kind.BEFORE, 56, "before-56d"));
        assertThat(ReminderStep.of("before-2d")).isEqualTo(new ReminderStep(Kind.BEFORE, 2, "before-2d"));
        assertThat(ReminderStep.of("due-day")).isEqualTo(new ReminderStep(Kind.DUE_DAY, 0, "due-day"));
        assertThat(ReminderStep.of("overdue-3")).isEqualTo(new ReminderStep(Kind.OVERDUE, 3, "overdue-3"));
        assertThat(ReminderStep.of("date-moved")).isEqualTo(new ReminderStep(Kind.DATE_MOVED, 0, "date-moved"));
        assertThat(ReminderStep.of("returned-2")).isEqualTo(new ReminderStep(Kind.RETURNED, 2, "returned-2"));
        assertThat(ReminderStep.of("calendar-cancel-1"))
                .isEqualTo(new ReminderStep(Kind.CALENDAR_CANCEL, 1, "calendar-cancel-1"));
    }

    @Test
    void aStepWholeWeeksAheadIsSaidInWeeksOthersInDays() {
        assertThat(ReminderStep.of("before-56d").inWeeks()).isTrue();
        assertThat(ReminderStep.of("before-56d").weeks()).isEqualTo(8);
        assertThat(ReminderStep.of("before-14d").weeks()).isEqualTo(2);
        assertThat(ReminderStep.of("before-7d").inWeeks()).isTrue();
        assertThat(ReminderStep.of("before-2d").inWeeks()).isFalse();
        assertThat(ReminderStep.of("before-10d").inWeeks()).isFalse();
        assertThat(ReminderStep.of("overdue-7").inWeeks()).isFalse();
    }

    @Test
    void aNameThePortalDoesNotKnowIsKeptToBeShownAsItIs() {
        assertThat(ReminderStep.of("before-0d").kind()).isEqualTo(Kind.DUE_DAY);
        assertThat(ReminderStep.of("follow-up")).isEqualTo(new ReminderStep(Kind.OTHER, 0, "follow-up"));
        assertThat(ReminderStep.of("overdue-x").kind()).isEqualTo(Kind.OTHER);
        assertThat(ReminderStep.of(null)).isEqualTo(new ReminderStep(Kind.OTHER, 0, ""));
    }

    @Test
    void permanentAndTechnicalFailuresHaveFailedATemporaryOneIsStillBeingRetried() {
        assertThat(reminder("permanent-failure").failed()).isTrue();
        assertThat(reminder("technical-failure").failed()).isTrue();
        assertThat(reminder("temporary-failure").failed()).isFalse();
        assertThat(reminder("temporary-failure").failing()).isTrue();
        assertThat(reminder("sent").failing()).isFalse();
        assertThat(reminder("scheduled").failed()).isFalse();
        assertThat(ReminderViews.STATUSES).containsAll(ReminderViews.FAILED).hasSize(8);
    }

    private static ReminderView reminder(String status) {
        return new ReminderView("r1", "o1", "R01", "announcement", "a@example.org", "nl", status, null, null, 1, null, null,
                LocalDate.of(2025, 7, 1), 1);
    }
}
