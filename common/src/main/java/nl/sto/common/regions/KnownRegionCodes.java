package nl.sto.common.regions;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.changes.CachedRows;

/**
 * The codes of the regions this service knows, in memory: a region once registered stays, so every check after
 * the first is a lookup. Codes not (yet) known are not remembered; they are read from the database each time. A
 * removal by hand reaches every replica through the {@code known_region} trigger.
 */
@ApplicationScoped
@IfBuildProperty(name = "sto.region-projection.enabled", stringValue = "true", enableIfMissing = true)
public class KnownRegionCodes extends CachedRows<Boolean> {

    private static final int MAX_CODES = 1_000_000;

    public KnownRegionCodes() {
        super(MAX_CODES);
    }

    public boolean contains(String code) {
        return find(code).isPresent();
    }

    public void remember(String code, long changesBeforeRead) {
        remember(code, Boolean.TRUE, changesBeforeRead);
    }

    @Override
    public String channel() {
        return "known_region_removed";
    }
}
