package nl.sto.portal.monitor;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A signing secret just made or rotated, kept between the form's post and the page it redirects to, so that the post
 * is answered with a redirect (a reload then does not post the form again) and the secret is still shown once. Each is
 * kept in this replica's memory only (never in an address, a cookie or a log), under a random token, for the person
 * who made it, and for a few minutes at most: taking it forgets it, so a reload or a second visit finds nothing.
 * <p>
 * With several portal replicas the redirect must reach the replica that kept it (sticky sessions); otherwise the
 * person is told the secret was shown already and makes a new one.
 */
@ApplicationScoped
public class SecretsShownOnce {

    /** Long enough for a slow redirect, short enough that a secret nobody fetched does not linger. */
    static final Duration KEPT_FOR = Duration.ofMinutes(3);
    /** Bounds the memory: when more are waiting, the oldest is forgotten first. */
    static final int MAX_KEPT = 1_000;
    private static final int TOKEN_BYTES = 32;

    private final Map<String, Kept> kept = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    @Inject
    SecretsShownOnce() {
        this(Clock.systemUTC());
    }

    SecretsShownOnce(Clock clock) {
        this.clock = clock;
    }

    /** Keeps the page for the person ({@link nl.sto.portal.CurrentUser#subject()}); the token to take it with. */
    synchronized String keep(String person, SecretPage page) {
        Instant now = clock.instant();
        forgetExpired(now);
        Iterator<String> oldest = kept.keySet().iterator();
        while (kept.size() >= MAX_KEPT) {
            oldest.next();
            oldest.remove();
        }
        String token = newToken();
        kept.put(token, new Kept(person, page, now.plus(KEPT_FOR)));
        return token;
    }

    /**
     * The page kept under the token, once, for the person it was kept for and the subscription it belongs to; empty
     * when it was taken already, has expired, or is someone else's (which stays where it is).
     */
    synchronized Optional<SecretPage> take(String person, String subscriptionId, String token) {
        forgetExpired(clock.instant());
        Kept found = kept.get(token);
        if (found == null || !found.person().equals(person)
                || !found.page().subscription().id().equals(subscriptionId)) {
            return Optional.empty();
        }
        kept.remove(token);
        return Optional.of(found.page());
    }

    private void forgetExpired(Instant now) {
        kept.values().removeIf(k -> k.until().isBefore(now));
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Never logged: its page holds the secret. */
    private record Kept(String person, SecretPage page, Instant until) {
        @Override
        public String toString() {
            return "Kept[" + person + ", until " + until + "]";
        }
    }
}
