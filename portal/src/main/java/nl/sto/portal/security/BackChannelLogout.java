package nl.sto.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

import nl.sto.portal.Audience;

/**
 * {@code POST /back-channel-logout/{audience}}: the identity provider reports that a session ended there (the
 * person logged out at Keycloak, or an administrator ended the session), and the portal refuses that session's
 * cookie from then on. A plain Vert.x route rather than a REST resource: the call comes from the identity provider's
 * server, without the browser's CSRF cookie, and it is authenticated by the signed logout token instead.
 */
@ApplicationScoped
public class BackChannelLogout {

    public static final String PATH_PREFIX = "/back-channel-logout/";
    private static final Logger LOG = Logger.getLogger(BackChannelLogout.class);
    private static final int MAX_BODY_BYTES = 16 * 1024;

    private final LogoutTokenVerifier verifier;
    private final EndedSessions endedSessions;

    BackChannelLogout(LogoutTokenVerifier verifier, EndedSessions endedSessions) {
        this.verifier = verifier;
        this.endedSessions = endedSessions;
    }

    void register(@Observes Router router) {
        router.post(PATH_PREFIX + ":audience")
                .handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES))
                .blockingHandler(this::logOut, false);
    }

    private void logOut(RoutingContext context) {
        context.response().putHeader("Cache-Control", "no-store");
        Audience audience = Audience.fromCode(context.pathParam("audience")).orElse(null);
        String token = context.request().getFormAttribute("logout_token");
        if (audience == null) {
            context.response().setStatusCode(404).end();
            return;
        }
        if (token == null) {
            context.response().setStatusCode(400).end();
            return;
        }
        verifier.verify(audience, token).ifPresentOrElse(session -> {
            endedSessions.end(session.issuer(), session.sid());
            LOG.debugf("The %s identity provider ended session %s", audience.code(), session.sid());
            context.response().setStatusCode(200).end();
        }, () -> {
            LOG.infof("Refused a back-channel logout for %s: not a valid logout token", audience.code());
            context.response().setStatusCode(400).end();
        });
    }
}
