package nl.sto.portal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;

/**
 * Every request is answered for the public URL only. quarkus-oidc builds the login's redirect URI from the
 * request's Host header; a request naming another host (a spoofed header, or {@code localhost} instead of
 * {@code 127.0.0.1}) never gets that far: a page request is sent to the same path on the public URL, anything else
 * is refused with 421 Misdirected Request. Two kinds of callers that name the host they dialled are let through,
 * because they are given no redirect: operations tools on {@code /q/*} (a cluster probes a pod by its address)
 * and the identity provider's back-channel logout.
 */
@ApplicationScoped
public class PublicHost {

    /** Before authentication, which is where quarkus-oidc would build a redirect. */
    private static final int PRIORITY = SecurityHandlerPriorities.CORS + 100;

    private final String publicOrigin;
    private final String publicAuthority;

    PublicHost(PortalSettings settings) {
        this.publicOrigin = settings.publicOrigin();
        this.publicAuthority = settings.publicUrl().getRawAuthority();
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        String path = context.request().path();
        if (isPublic(context.request().getHeader("Host")) || path == null || path.startsWith("/q/")
                || path.startsWith(BackChannelLogout.PATH_PREFIX)) {
            context.next();
            return;
        }
        HttpMethod method = context.request().method();
        if (method == HttpMethod.GET || method == HttpMethod.HEAD) {
            String query = context.request().query();
            context.response().setStatusCode(307)
                    .putHeader("Location", publicOrigin + path + (query == null ? "" : "?" + query))
                    .putHeader("Cache-Control", "no-store")
                    .end();
        } else {
            context.response().setStatusCode(421).end();
        }
    }

    private boolean isPublic(String host) {
        return publicAuthority.equalsIgnoreCase(host);
    }
}
