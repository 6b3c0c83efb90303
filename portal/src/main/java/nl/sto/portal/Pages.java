package nl.sto.portal;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;

/** Turns a page template into a response in the chosen language. */
public final class Pages {

    private Pages() {
    }

    public static RestResponse<TemplateInstance> render(TemplateInstance page, LanguageChoice choice) {
        return render(page, choice, RestResponse.StatusCode.OK);
    }

    /**
     * With another status than 200: a form shown again with the reason it was refused (400, 409), or an error
     * page (403, 404, 503). The page is the same for a browser; the status tells tools and htmx what happened.
     */
    public static RestResponse<TemplateInstance> render(TemplateInstance page, LanguageChoice choice, int status) {
        // Setting the locale explicitly makes the message bundle ignore the browser's Accept-Language.
        page.setLocale(choice.language().locale());
        RestResponse.ResponseBuilder<TemplateInstance> response = RestResponse.ResponseBuilder
                .<TemplateInstance>create(status).entity(page);
        choice.cookieToRemember().ifPresent(response::cookie);
        // Pages carry personal data after login; keep them out of shared and back-forward caches.
        response.header("Cache-Control", "no-store");
        return response.build();
    }
}
