package nl.sto.portal.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The identity provider sessions that ended: logged out through the portal, or reported by the identity provider
 * (back-channel logout). A session cookie is encrypted tokens and stays readable after a logout; a copy of it is
 * refused because its session is listed here.
 * <p>
 * Kept in this replica's memory: with several portal replicas, each one knows only the logouts it handled itself
 * (and the identity provider reports a logout to one address), so a shared store would be needed then.
 */
@ApplicationScoped
public class EndedSessions {

    private final Map<SessionKey, Instant> endedUntil = new ConcurrentHashMap<>();
    private final Duration retention;
    private final Clock clock;

    @Inject
    EndedSessions(PortalSettings settings) {
        this(settings.endedSessionRetention(), Clock.systemUTC());
    }

    EndedSessions(Duration retention, Clock clock) {
        this.retention = retention;
        this.clock = clock;
    }

    /** The session {@code sid} of the identity provider {@code issuer} has ended. */
    public void end(String issuer, String sid) {
        Instant now = clock.instant();
        endedUntil.values().removeIf(until -> until.isBefore(now));
        endedUntil.put(new SessionKey(issuer, sid), now.plus(retention));
    }

    public boolean hasEnded(String issuer, String sid) {
        Instant until = endedUntil.get(new SessionKey(issuer, sid));
        return until != null && !until.isBefore(clock.instant());
    }

    /** Session ids are unique per identity provider only. */
    private record SessionKey(String issuer, String sid) {
    }
}
