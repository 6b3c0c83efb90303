package nl.sto.portal;

import java.net.URI;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

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

    AccountResource(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Requiring authentication here is what sends the browser to the audience's login; afterwards: the account. */
    @GET
    @Path("login")
    @Authenticated
    @Operation(summary = "Log in at the audience's identity provider, then show the account page")
    @APIResponse(responseCode = "303", description = "To the account page (after the identity provider's login)")
    public RestResponse<Void> login(@RestPath String audience) {
        return RestResponse.seeOther(URI.create("/" + audience + "/me"));
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
     * quarkus-oidc answers {@code <audience>/logout} itself while a session exists (RP-initiated logout at the
     * identity provider). These two only run without a session, e.g. a second click or an expired cookie, and
     * then there is nothing to end: go home.
     */
    @GET
    @Path("logout")
    @Operation(summary = "Log out (local session and identity provider session), then return to the start page")
    @APIResponse(responseCode = "303", description = "To the start page, via the identity provider's logout")
    public RestResponse<Void> logoutWithoutSession() {
        return RestResponse.seeOther(URI.create("/"));
    }

    @POST
    @Path("logout")
    @Operation(summary = "Log out (form post), then return to the start page")
    @APIResponse(responseCode = "303", description = "To the start page, via the identity provider's logout")
    public RestResponse<Void> logoutFormWithoutSession() {
        return RestResponse.seeOther(URI.create("/"));
    }
}
