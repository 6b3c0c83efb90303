package nl.sto.monitor.indicators;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** How the indicators are served; every value has a default. */
@ConfigMapping(prefix = "sto.indicators")
public interface IndicatorSettings {

    /**
     * Regions whose figures are kept in memory: above the regions whose reports are written at one time, a bound on
     * memory when someone walks through all of them (the least used give way one by one).
     */
    @WithName("figures-kept")
    @WithDefault("2000")
    int figuresKept();
}
