package nl.sto.portal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import nl.sto.portal.CurrentUser;
import nl.sto.portal.LanguageChoice;
import nl.sto.portal.Pages;
import nl.sto.portal.PortalUser;
import nl.sto.portal.UiLanguage;
import nl.sto.portal.client.ProblemException;

/**
 * A service's refusal or failure that no form can show becomes a page a person understands: "Geen toegang" (403),
 * "Niet gevonden" (404: a region, report or attachment), "Dienst niet bereikbaar" (the service is down), or a
 * general error; always with the navigation, so the way back is one click. The portal's own refusals and faults, and
 * an address it has no page for, use the same pages ({@link #rendered}).
 */
@ApplicationScoped
public class ServiceErrorPages {

    private static final Logger LOG = Logger.getLogger(ServiceErrorPages.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(UiLanguage lang, PortalUser user, ErrorKind kind);
    }

    private final CurrentUser currentUser;

    ServiceErrorPages(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ServerExceptionMapper
    public RestResponse<TemplateInstance> refused(ProblemException e, UriInfo uri, HttpHeaders headers) {
        ErrorKind kind = ErrorKind.ofServiceStatus(e.status());
        if (kind == ErrorKind.FAILED || kind == ErrorKind.UNAVAILABLE) {
            LOG.warnf("%s: a service answered %s", uri.getPath(), e.getMessage());
        }
        return page(kind, LanguageChoice.of(uri, headers.getCookies()));
    }

    /** The REST client's failure to connect (refused, timed out): the service is not there. */
    @ServerExceptionMapper
    public RestResponse<TemplateInstance> unreachable(ProcessingException e, UriInfo uri, HttpHeaders headers) {
        LOG.warnf(e, "%s: a service could not be reached", uri.getPath());
        return page(ErrorKind.UNAVAILABLE, LanguageChoice.of(uri, headers.getCookies()));
    }

    /**
     * An address the portal has no page for ("Pagina niet gevonden"), or a fault of the portal's own that Quarkus
     * would answer with its bare English page; every other refusal of the framework (405, 406, a redirect to log in)
     * keeps its own answer.
     */
    @ServerExceptionMapper
    public Response framework(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status == ErrorKind.NO_SUCH_PAGE.status()) {
            return rendered(ErrorKind.NO_SUCH_PAGE, LanguageChoice.of(uri, headers.getCookies()));
        }
        if (status >= 500) {
            return fault(e, uri, headers);
        }
        return e.getResponse();
    }

    /** A fault of the portal itself: logged with its cause; the person gets the error page, never a stack trace. */
    @ServerExceptionMapper
    public Response fault(RuntimeException e, UriInfo uri, HttpHeaders headers) {
        LOG.errorf(e, "%s: the portal failed", uri.getPath());
        return rendered(ErrorKind.PORTAL_FAULT, LanguageChoice.of(uri, headers.getCookies()));
    }

    /**
     * The error page as finished HTML, for filters that refuse a request before any resource method runs (their
     * answer does not pass through Qute's own rendering of returned templates).
     */
    public Response rendered(ErrorKind kind, LanguageChoice choice) {
        RestResponse<TemplateInstance> page = page(kind, choice);
        Response.ResponseBuilder response = Response.status(page.getStatus())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.getEntity().render());
        page.getHeaders().forEach((name, values) -> values.forEach(value -> response.header(name, value)));
        return response.build();
    }

    private RestResponse<TemplateInstance> page(ErrorKind kind, LanguageChoice choice) {
        PortalUser user = currentUser.find().orElse(null);
        return Pages.render(Templates.error(choice.language(), user, kind), choice, kind.status());
    }
}
