package nl.sto.portal.regions;

import java.net.URI;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriBuilder;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;

import nl.sto.portal.LanguageChoice;
import nl.sto.portal.web.FormFields;
import nl.sto.portal.web.Forms;
import nl.sto.portal.web.Outcome;

/** The forms on the region page: they all go back to it, with their outcome or their refusal. */
@ApplicationScoped
public class RegionForms {

    private final RegionPageRenderer pages;

    RegionForms(RegionPageRenderer pages) {
        this.pages = pages;
    }

    /**
     * @param form   the form's id on the page; a refusal is shown with that form
     * @param action reads the fields and calls the service
     */
    public RestResponse<TemplateInstance> submit(String audience, String code, String form, Outcome outcome,
            MultivaluedMap<String, String> posted, LanguageChoice choice, Consumer<FormFields> action) {
        FormFields fields = FormFields.of(posted, choice.language());
        URI done = UriBuilder.fromPath("/{audience}/regions/{code}").queryParam("done", outcome.code())
                .fragment(outcome.section()).build(audience, code);
        return Forms.handle(form, fields, action, done,
                feedback -> status -> pages.show(audience, code, choice, feedback, Outcome.NONE, status));
    }
}
