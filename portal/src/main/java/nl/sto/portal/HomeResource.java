package nl.sto.portal;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The public start page: who the portal is for and the three ways to log in. */
@Path("/")
public class HomeResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(UiLanguage lang);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "Start page with the three logins (school, business, ministry)")
    public RestResponse<TemplateInstance> home(@BeanParam LanguageChoice choice) {
        return Pages.render(Templates.home(choice.language()), choice);
    }
}
