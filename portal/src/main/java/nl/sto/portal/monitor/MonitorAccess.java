package nl.sto.portal.monitor;

import java.util.List;
import java.util.Set;

import nl.sto.portal.Audience;
import nl.sto.portal.PortalUser;
import nl.sto.portal.client.Problem;
import nl.sto.portal.client.ProblemException;

/**
 * What a person may use of the monitor pages, following monitor-service's rules (which it enforces anyway): ministry
 * staff (monitor, ministry-admin, reviewer) read the indicators, the event log and the compliance board; the monitor
 * team and ministry-admins read the imports and keep webhook subscriptions; only the monitor team imports files.
 * The portal hides what a role cannot use and refuses (403) a page that is not the person's at all.
 *
 * @param read          the dashboard, the live feed and the compliance board
 * @param readImports   the import runs
 * @param importFiles   upload a file, import the shipped files
 * @param subscribe     the webhook subscriptions
 */
public record MonitorAccess(boolean read, boolean readImports, boolean importFiles, boolean subscribe) {

    static final String MONITOR = "monitor";
    static final String MINISTRY_ADMIN = "ministry-admin";
    static final String REVIEWER = "reviewer";
    private static final Set<String> READERS = Set.of(MONITOR, MINISTRY_ADMIN, REVIEWER);
    private static final Set<String> KEEPERS = Set.of(MONITOR, MINISTRY_ADMIN);

    public static MonitorAccess of(PortalUser user) {
        if (user.audience() != Audience.MINISTRY) {
            return new MonitorAccess(false, false, false, false);
        }
        List<String> roles = user.roles();
        boolean keeper = roles.stream().anyMatch(KEEPERS::contains);
        return new MonitorAccess(roles.stream().anyMatch(READERS::contains), keeper, roles.contains(MONITOR), keeper);
    }

    MonitorAccess toRead() {
        return require(read, "The monitor pages are for ministry staff and the monitor team");
    }

    MonitorAccess toReadImports() {
        return require(readImports, "The imports are for the monitor team and ministry-admins");
    }

    MonitorAccess toImport() {
        return require(importFiles, "Only the monitor team imports files");
    }

    MonitorAccess toSubscribe() {
        return require(subscribe, "Webhook subscriptions are for the monitor team and ministry-admins");
    }

    private MonitorAccess require(boolean allowed, String why) {
        if (!allowed) {
            throw new ProblemException(new Problem(403, "Forbidden", why, List.of(), null));
        }
        return this;
    }
}
