package nl.sto.portal.regions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import nl.sto.portal.client.ProblemException;
import nl.sto.portal.client.ServiceCalls;
import nl.sto.portal.client.notifications.NotificationsClient;

/**
 * Reads a region's reminders and whether they are paused for the region page, which must not fail when only
 * notification-service does.
 */
@ApplicationScoped
public class RemindersReader {

    private static final Logger LOG = Logger.getLogger(RemindersReader.class);

    private final NotificationsClient notifications;
    private final ServiceCalls calls;

    RemindersReader(@RestClient NotificationsClient notifications, ServiceCalls calls) {
        this.notifications = notifications;
        this.calls = calls;
    }

    public RegionReminders of(String regionCode) {
        try {
            var reminders = calls.start(() -> notifications.regionReminders(regionCode));
            var pause = calls.start(() -> notifications.pause(regionCode));
            return RegionReminders.of(reminders.get(), pause.get());
        } catch (ProblemException | ProcessingException e) {
            LOG.warnf("Reminders of region %s not available: %s", regionCode, e.getMessage());
            return RegionReminders.UNAVAILABLE;
        }
    }
}
