package nl.sto.common.time;

import java.time.Clock;
import java.time.ZoneId;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Deadlines and memberships are Dutch calendar days, whatever the server's own time zone. */
@ApplicationScoped
public class ProgrammeClock {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.system(ZONE);
    }
}
