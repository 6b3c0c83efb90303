package nl.sto.portal.regions;

import java.util.Comparator;
import java.util.List;

import nl.sto.portal.client.notifications.ReminderViews.Pause;
import nl.sto.portal.client.notifications.ReminderViews.ReminderView;

/**
 * The region's reminders for its page (from notification-service): every message sent and planned to its contact
 * persons, and whether the ministry paused them. notification-service may be away while regions-service answers;
 * then the page still shows the region and says that the reminders cannot be shown now.
 *
 * @param list  in the service's order: by the moment each is (or was) due
 * @param pause whether the region's reminders are paused, why and by whom
 */
public record RegionReminders(List<ReminderView> list, Pause pause, boolean available) {

    public static final RegionReminders UNAVAILABLE = new RegionReminders(List.of(), Pause.NONE, false);

    public RegionReminders {
        list = List.copyOf(list);
        pause = pause == null ? Pause.NONE : pause;
    }

    public static RegionReminders of(List<ReminderView> reminders, Pause pause) {
        return new RegionReminders(reminders, pause, true);
    }

    /**
     * The messages that did not reach their recipient first (they need someone: a wrong address is for the region to
     * correct), then those still being retried, then the rest as the service lists them.
     */
    public List<ReminderView> rows() {
        return list.stream().sorted(Comparator.comparingInt(RegionReminders::urgency)).toList();
    }

    /** How many messages could not be delivered (and will not be retried by themselves). */
    public long failures() {
        return list.stream().filter(ReminderView::failed).count();
    }

    private static int urgency(ReminderView reminder) {
        if (reminder.failed()) {
            return 0;
        }
        return reminder.failing() ? 1 : 2;
    }
}
