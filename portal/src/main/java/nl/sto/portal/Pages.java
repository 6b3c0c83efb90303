package nl.sto.portal;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;

/** Turns a page template into a response in the chosen language. */
final class Pages {

    private Pages() {
    }

    static RestResponse<TemplateInstance> render(TemplateInstance page, LanguageChoice choice) {
        // Setting the locale explicitly makes the message bundle ignore the browser's Accept-Language.
        page.setLocale(choice.language().locale());
        RestResponse.ResponseBuilder<TemplateInstance> response = RestResponse.ResponseBuilder.ok(page);
        choice.cookieToRemember().ifPresent(response::cookie);
        // Pages carry personal data after login; keep them out of shared and back-forward caches.
        response.header("Cache-Control", "no-store");
        return response.build();
    }
}
