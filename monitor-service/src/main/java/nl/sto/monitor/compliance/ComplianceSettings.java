package nl.sto.monitor.compliance;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** How the board judges risk; every value has a default. */
@ConfigMapping(prefix = "sto.compliance")
public interface ComplianceSettings {

    /** An open obligation due within this many days, with no report started, puts its region at risk. */
    @WithName("due-soon-days")
    @WithDefault("14")
    int dueSoonDays();
}
