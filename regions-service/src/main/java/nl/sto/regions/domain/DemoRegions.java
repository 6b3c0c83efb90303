package nl.sto.regions.domain;

import java.util.Map;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Seeds the demo regions of the demo users when {@code sto.demo-data=true} (set by {@code ./sto up}). Going
 * through {@link RegionService} gives the demo regions their events like any other region.
 */
@ApplicationScoped
public class DemoRegions {

    private static final Logger LOG = Logger.getLogger(DemoRegions.class);
    private static final String SEEDER = "demo-data";
    private static final Map<String, String> REGIONS = Map.of(
            "R01", "Demo: Zuid- en Midden-Drenthe (Emmen)",
            "R02", "Demo: Rijnmond (Rotterdam)");

    private final RegionService regions;
    private final boolean enabled;

    DemoRegions(RegionService regions, @ConfigProperty(name = "sto.demo-data") boolean enabled) {
        this.regions = regions;
        this.enabled = enabled;
    }

    void seed(@Observes StartupEvent startup) throws Throwable {
        if (!enabled) {
            return;
        }
        for (Map.Entry<String, String> region : REGIONS.entrySet()) {
            boolean added = VertxContextSupport.subscribeAndAwait(
                    () -> regions.registerIfAbsent(region.getKey(), region.getValue(), SEEDER));
            LOG.infof("Demo region %s %s", region.getKey(), added ? "registered" : "already present");
        }
    }
}
