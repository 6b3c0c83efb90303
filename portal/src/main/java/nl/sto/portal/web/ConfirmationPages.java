package nl.sto.portal.web;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import nl.sto.portal.CurrentUser;
import nl.sto.portal.LanguageChoice;
import nl.sto.portal.Pages;
import nl.sto.portal.PortalUser;
import nl.sto.portal.UiLanguage;

/** Shows a {@link Confirmation} to the person who sent the form. */
@ApplicationScoped
public class ConfirmationPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance confirm(UiLanguage lang, PortalUser user, Confirmation page);
    }

    private final CurrentUser currentUser;

    ConfirmationPages(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    public RestResponse<TemplateInstance> ask(Confirmation confirmation, LanguageChoice choice) {
        return Pages.render(Templates.confirm(choice.language(), currentUser.get(), confirmation), choice);
    }
}
