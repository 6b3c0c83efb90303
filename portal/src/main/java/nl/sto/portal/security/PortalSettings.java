package nl.sto.portal.security;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The portal's own settings ({@code sto.portal.*}, see application.properties and the README). */
@ConfigMapping(prefix = "sto.portal")
public interface PortalSettings {

    /** Secret of the client {@code sto-portal}; quarkus-oidc's tenants read it (application.properties). */
    String clientSecret();

    /** Key that encrypts the session cookies (quarkus-oidc's {@code token-state-manager.encryption-secret}). */
    String sessionSecret();

    /** Key that encrypts the login's state cookie (quarkus-oidc's {@code authentication.state-secret}). */
    String stateSecret();

    /**
     * Where people reach the portal, e.g. {@code http://127.0.0.1:8080} or {@code https://portaal.example.nl}: the
     * only origin that OIDC redirects, logout redirects and form posts may name.
     */
    @WithDefault("http://127.0.0.1:8080")
    URI publicUrl();

    /** How long a session that ended stays refused; at least the identity providers' longest session. */
    @WithDefault("10H")
    Duration endedSessionRetention();

    /** The public URL's origin as browsers send it in {@code Origin}: scheme, host and port, no path. */
    default String publicOrigin() {
        URI url = publicUrl();
        return url.getScheme() + "://" + url.getRawAuthority();
    }

    /** An absolute address below the public URL, e.g. {@code at("/")}. */
    default String at(String path) {
        return publicOrigin() + path;
    }
}
