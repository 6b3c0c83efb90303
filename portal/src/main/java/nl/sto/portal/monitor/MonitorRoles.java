package nl.sto.portal.monitor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import nl.sto.portal.PortalUser;

/** {@link MonitorAccess} for the monitor templates: {@code {inject:monitorRoles.subscribes(user)}}. */
@Named("monitorRoles")
@ApplicationScoped
public class MonitorRoles {

    public boolean readsImports(PortalUser user) {
        return MonitorAccess.of(user).readImports();
    }

    public boolean subscribes(PortalUser user) {
        return MonitorAccess.of(user).subscribe();
    }

    public boolean imports(PortalUser user) {
        return MonitorAccess.of(user).importFiles();
    }
}
