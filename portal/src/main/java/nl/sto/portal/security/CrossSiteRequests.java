package nl.sto.portal.security;

import java.lang.annotation.Annotation;
import java.net.URI;
import java.util.Set;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;

import nl.sto.portal.LanguageChoice;
import nl.sto.portal.web.ErrorKind;
import nl.sto.portal.web.ServiceErrorPages;

/**
 * The portal's answer to requests that another site may have made in the person's name. Every state-changing
 * request must carry this browser's CSRF token (checked by quarkus-rest-csrf, {@code Priorities.USER}) and must not
 * come from another origin (checked here first, from {@code Origin}, else {@code Referer}). A refusal is the
 * portal's error page "Verzoek geweigerd" with status 403, in the person's language, and nothing is done.
 */
public class CrossSiteRequests {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final String publicOrigin;
    private final ServiceErrorPages errorPages;
    private final CsrfTokenParameterProvider csrf;

    CrossSiteRequests(PortalSettings settings, ServiceErrorPages errorPages, CsrfTokenParameterProvider csrf) {
        this.publicOrigin = settings.publicOrigin();
        this.errorPages = errorPages;
        this.csrf = csrf;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public Response refuseOtherOrigins(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod()) || comesFromThePortal(request)) {
            return null;
        }
        return refusal(request);
    }

    /**
     * quarkus-rest-csrf refuses with a bare 400; so does Quarkus REST for a request that no form of the portal
     * sends (a malformed body or parameter): every page of the portal that answers 400 has a body, the form
     * again. Both become the refusal page. For a page request (a token cookie that cannot be read, e.g. left from
     * another configuration) the cookie is dropped as well, so that reloading the page gives the browser a new one.
     */
    @ServerResponseFilter
    public void showTokenRefusal(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 400 || response.hasEntity()) {
            return;
        }
        Response page = refusal(request);
        response.setStatus(page.getStatus());
        response.setEntity(page.getEntity(), new Annotation[0], MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
        page.getHeaders().forEach((name, values) -> response.getHeaders().put(name, values));
        if (SAFE_METHODS.contains(request.getMethod())) {
            response.getHeaders().add(HttpHeaders.SET_COOKIE, new NewCookie.Builder(csrf.getCookieName())
                    .path("/").maxAge(0).value("").build());
        }
    }

    private Response refusal(ContainerRequestContext request) {
        return errorPages.rendered(ErrorKind.REFUSED_REQUEST,
                LanguageChoice.of(request.getUriInfo(), request.getCookies()));
    }

    /** Browsers send Origin with every POST; older ones and some privacy settings only a Referer, or neither. */
    private boolean comesFromThePortal(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        if (origin != null) {
            return publicOrigin.equalsIgnoreCase(origin);
        }
        String referer = request.getHeaderString("Referer");
        return referer == null || publicOrigin.equalsIgnoreCase(originOf(referer));
    }

    private static String originOf(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getRawAuthority();
        } catch (IllegalArgumentException malformed) {
            return "";
        }
    }
}
