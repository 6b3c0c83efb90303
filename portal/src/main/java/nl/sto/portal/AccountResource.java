package nl.sto.portal;

import java.net.URI;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriBuilder;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

import nl.sto.portal.security.EndedSessionCheck;
import nl.sto.portal.security.EndedSessions;
import nl.sto.portal.security.PortalSettings;

/**
 * Login, account and logout pages of the three audiences. The first path segment selects the OIDC tenant
 * ({@code quarkus.oidc.<tenant>.tenant-paths}), so {@code /school/me} can only ever be reached with a session
 * from the schools' realm.
 */
@Path("/{audience: school|business|ministry}")
public class AccountResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance me(UiLanguage lang, PortalUser user);
    }

    private final CurrentUser currentUser;
    private final SecurityIdentity identity;
    private final OidcSession session;
    private final OidcConfigurationMetadata provider;
    private final EndedSessions endedSessions;
    private final PortalSettings settings;

    AccountResource(CurrentUser currentUser, SecurityIdentity identity, OidcSession session,
            OidcConfigurationMetadata provider, EndedSessions endedSessions, PortalSettings settings) {
        this.currentUser = currentUser;
        this.identity = identity;
        this.session = session;
        this.provider = provider;
        this.endedSessions = endedSessions;
        this.settings = settings;
    }

    /**
     * Requiring authentication here is what sends the browser to the audience's login; afterwards: the person's start
     * page ({@link PortalUser#startPage()}).
     */
    @GET
    @Path("login")
    @Authenticated
    @Operation(summary = "Log in at the audience's identity provider, then go to the person's start page")
    @APIResponse(responseCode = "303", description = "To the start page of the person's role (after the identity "
            + "provider's login): ministry staff's, the monitor's dashboard, or the account page")
    public RestResponse<Void> login() {
        return RestResponse.seeOther(URI.create(currentUser.get().startPage()));
    }

    @GET
    @Path("me")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The logged-in user's name, audience, organisation code and roles")
    public RestResponse<TemplateInstance> me(@BeanParam LanguageChoice choice) {
        return Pages.render(Templates.me(choice.language(), currentUser.get()), choice);
    }

    /**
     * Logging out changes state, so it is a form post (the button in every page's header, with the CSRF token); a
     * link, or another site's image or redirect, logs nobody out. A GET shows where that button is.
     */
    @GET
    @Path("logout")
    @Operation(summary = "Does not log out: to the account page (with the logout button), or home without a session")
    @APIResponse(responseCode = "303", description = "To the account page, or the start page without a session")
    public RestResponse<Void> logoutByLink(@RestPath String audience) {
        return RestResponse.seeOther(URI.create(identity.isAnonymous() ? "/" : "/" + audience + "/me"));
    }

    /**
     * Ends the portal session for good (its cookie is removed, and a copy of it is refused from now on) and then,
     * through the browser, the identity provider's session (RP-initiated logout), which returns to the start page.
     */
    @POST
    @Path("logout")
    @Operation(summary = "Log out (form post with the CSRF token) here and at the identity provider, then go home")
    @APIResponse(responseCode = "303", description = "To the identity provider's logout, which returns to the start page")
    public Uni<RestResponse<Void>> logout() {
        URI home = URI.create(settings.at("/"));
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(RestResponse.seeOther(home));
        }
        JsonWebToken idToken = session.getIdToken();
        EndedSessionCheck.sessionId(idToken).ifPresent(sid -> endedSessions.end(idToken.getIssuer(), sid));
        URI providerLogout = UriBuilder.fromUri(provider.getEndSessionUri())
                .queryParam("id_token_hint", idToken.getRawToken())
                .queryParam("post_logout_redirect_uri", home)
                .build();
        return session.logout().replaceWith(() -> RestResponse.seeOther(providerLogout));
    }
}
