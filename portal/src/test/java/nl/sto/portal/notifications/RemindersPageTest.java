package nl.sto.portal.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import nl.sto.portal.client.Problem;
import nl.sto.portal.client.notifications.ReminderViews.ReminderView;
import nl.sto.portal.web.FormFeedback;
import nl.sto.portal.web.Outcome;

class RemindersPageTest {

    private static final ReminderAccess ADMIN = new ReminderAccess(true, true);
    private static final ReminderAccess REVIEWER = new ReminderAccess(true, false);

    @Test
    void theFilterKeepsOnlyStatusesThatExistInTheirUsualOrder() {
        assertThat(RemindersPage.statuses(List.of("sent", "nonsense", "permanent-failure")))
                .containsExactly("sent", "permanent-failure");
        assertThat(RemindersPage.statuses(null)).isEmpty();
    }

    @Test
    void aPageNumberThatIsNoSmallWholeNumberIsTheFirstPage() {
        assertThat(RemindersPage.pageIndex("2")).isEqualTo(2);
        assertThat(RemindersPage.pageIndex("-1")).isZero();
        assertThat(RemindersPage.pageIndex("99999")).isZero();
        assertThat(RemindersPage.pageIndex(null)).isZero();
    }

    @Test
    void linksKeepTheFilterAndAFormsOutcomeScrollsToTheList() {
        assertThat(RemindersPage.url(List.of(), 0, Outcome.NONE)).hasToString("/ministry/reminders");
        assertThat(RemindersPage.url(List.of("permanent-failure", "technical-failure"), 1, Outcome.REMINDER_RESENT))
                .hasToString("/ministry/reminders?status=permanent-failure&status=technical-failure&page=1"
                        + "&done=reminder-resent#reminders");
    }

    @Test
    void aFullPageHasANextOneAndTheFirstNoPrevious() {
        RemindersPage full = page(reminders(50, "sent"), List.of("sent"), 0, ADMIN);
        RemindersPage last = page(reminders(3, "sent"), List.of(), 2, ADMIN);

        assertThat(full.hasNext()).isTrue();
        assertThat(full.hasPrevious()).isFalse();
        assertThat(full.nextUrl()).isEqualTo("/ministry/reminders?status=sent&page=1");
        assertThat(last.hasNext()).isFalse();
        assertThat(last.previousUrl()).isEqualTo("/ministry/reminders?page=1");
        assertThat(last.pageNumber()).isEqualTo(3);
        assertThat(page(reminders(3, "sent"), List.of(), 0, ADMIN).paged()).isFalse();
    }

    @Test
    void onlyAMinistryAdminGetsTheResendButtonAndOnlyForAFailedMessage() {
        ReminderView failed = reminder("f", "permanent-failure");
        ReminderView retrying = reminder("t", "temporary-failure");
        ResendButtons resend = page(List.of(failed, retrying), List.of(), 0, ADMIN).resend();

        assertThat(resend.offers(failed)).isTrue();
        assertThat(resend.offers(retrying)).isFalse();
        assertThat(page(List.of(failed), List.of(), 0, REVIEWER).resend()).isNull();
    }

    @Test
    void aResendKeepsTheListAsItWasFilteredAndPaged() {
        ReminderView failed = reminder("f", "permanent-failure");

        assertThat(page(List.of(failed), List.of(), 0, ADMIN).resend().action(failed))
                .isEqualTo("/ministry/reminders/f/resend");
        assertThat(page(List.of(failed), List.of("permanent-failure"), 2, ADMIN).resend().action(failed))
                .isEqualTo("/ministry/reminders/f/resend?status=permanent-failure&page=2");
    }

    @Test
    void aRefusedResendIsToldAboveTheListWithTheMessageItConcerns() {
        FormFeedback refused = new FormFeedback(ResendButtons.formOf("r7"),
                new Problem(409, "Conflict", "status: only a failed reminder can be resent", List.of(), null),
                Map.of());
        RemindersPage page = new RemindersPage(List.of(), List.of(), 0, ADMIN, refused, Outcome.NONE);

        assertThat(page.refused()).isTrue();
        assertThat(page.refusedId()).isEqualTo("r7");
        assertThat(page.resend().feedback()).isEqualTo(FormFeedback.NONE);
        assertThat(page(List.of(), List.of(), 0, ADMIN).refused()).isFalse();
    }

    private static RemindersPage page(List<ReminderView> reminders, List<String> chosen, int index,
            ReminderAccess may) {
        return new RemindersPage(reminders, chosen, index, may, FormFeedback.NONE, Outcome.NONE);
    }

    private static List<ReminderView> reminders(int count, String status) {
        return new ArrayList<>(IntStream.range(0, count).mapToObj(i -> reminder("r" + i, status)).toList());
    }

    private static ReminderView reminder(String id, String status) {
        return new ReminderView(id, "o1", "R01", "announcement", "a@example.org", "nl", status, null, null, 1, null, null,
                LocalDate.of(2025, 7, 1), 1);
    }
}
