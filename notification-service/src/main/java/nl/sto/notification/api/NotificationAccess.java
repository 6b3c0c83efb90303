package nl.sto.notification.api;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.access.RegionAccess;
import nl.sto.common.problem.ProblemException;
import nl.sto.common.regions.KnownRegionRepository;
import nl.sto.common.security.Caller;
import nl.sto.common.security.CurrentCaller;
import nl.sto.contracts.regions.RegionRole;

/**
 * Who may do what with reminders. Everyone acting for a region reads its reminders, their delivery and whether they
 * are paused; the ministry and the monitor team read every region's. Only a ministry-admin resends a failed message
 * or pauses a region's reminders. An unknown region is a 404 before anything else.
 */
@ApplicationScoped
public class NotificationAccess {

    private final KnownRegionRepository regions;
    private final RegionAccess access;
    private final CurrentCaller caller;

    public NotificationAccess(KnownRegionRepository regions, RegionAccess access, CurrentCaller caller) {
        this.regions = regions;
        this.access = access;
        this.caller = caller;
    }

    public Uni<RegionRole> toRead(String code) {
        return regions.requireKnown(code).chain(() -> access.require(caller.get(), code));
    }

    /** Whether the caller may change how reminders go ({@link #toManage}), for views that say so. */
    public boolean mayManage() {
        return caller.get().hasRole(Caller.MINISTRY_ADMIN);
    }

    /** Only a ministry-admin changes how reminders go: resend, pause, resume, test messages. */
    public Caller toManage() {
        Caller current = caller.get();
        if (!mayManage()) {
            throw ProblemException.forbidden("Only a ministry-admin may change how reminders are sent");
        }
        return current;
    }

    public Uni<Caller> toManage(String code) {
        Caller current = toManage();
        return regions.requireKnown(code).replaceWith(current);
    }
}
