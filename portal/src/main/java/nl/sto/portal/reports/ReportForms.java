package nl.sto.portal.reports;

import java.net.URI;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;

import nl.sto.portal.LanguageChoice;
import nl.sto.portal.web.FormFields;
import nl.sto.portal.web.Forms;
import nl.sto.portal.web.Outcome;

/** The forms on a report page: they all go back to it, with their outcome or their refusal. */
@ApplicationScoped
public class ReportForms {

    private final ReportPageRenderer pages;

    ReportForms(ReportPageRenderer pages) {
        this.pages = pages;
    }

    /**
     * @param form   the form's id on the page; a refusal is shown with that form
     * @param done   where the person lands when it worked ({@link ReportRef#done})
     * @param action reads the fields and calls the service
     */
    public RestResponse<TemplateInstance> submit(ReportRef ref, String form, URI done, FormFields fields,
            LanguageChoice choice, Consumer<FormFields> action) {
        return Forms.handle(form, fields, action, done,
                feedback -> status -> pages.show(ref, choice, feedback, Outcome.NONE, null, status));
    }
}
