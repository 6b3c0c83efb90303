package nl.sto.portal.regions;

import java.util.Optional;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestResponse;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;

import nl.sto.portal.LanguageChoice;
import nl.sto.portal.client.regions.RegionCommands.ContactDetails;
import nl.sto.portal.client.regions.RegionViews.Contact;
import nl.sto.portal.client.regions.RegionViews.RegionDetail;
import nl.sto.portal.client.regions.RegionsClient;
import nl.sto.portal.web.Confirmation;
import nl.sto.portal.web.ConfirmationPages;
import nl.sto.portal.web.FormFields;
import nl.sto.portal.web.Outcome;
import nl.sto.portal.web.Texts;

/**
 * The region's contact persons, maintained by its lead (a school login) or a ministry-admin. HTML forms know only
 * GET and POST, hence POST for the change and the removal.
 */
@Path("/{audience: school|ministry}/regions/{code}/contacts")
@Authenticated
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.TEXT_HTML)
public class ContactFormResource {

    private final RegionForms forms;
    private final RegionsClient regions;
    private final ConfirmationPages confirmations;

    ContactFormResource(RegionForms forms, @RestClient RegionsClient regions, ConfirmationPages confirmations) {
        this.forms = forms;
        this.confirmations = confirmations;
        this.regions = regions;
    }

    @POST
    @Operation(summary = "Add a contact person (form: name, email, role, language nl or en)")
    public RestResponse<TemplateInstance> add(@RestPath String audience, @RestPath String code,
            MultivaluedMap<String, String> form, @BeanParam LanguageChoice choice) {
        return forms.submit(audience, code, "add-contact", Outcome.CONTACT_ADDED, form, choice,
                fields -> regions.addContact(code, details(fields)));
    }

    @POST
    @Path("{id}")
    @Operation(summary = "Change a contact person (form: name, email, role, language)")
    public RestResponse<TemplateInstance> update(@RestPath String audience, @RestPath String code,
            @RestPath String id, MultivaluedMap<String, String> form, @BeanParam LanguageChoice choice) {
        return forms.submit(audience, code, "edit-contact-" + id, Outcome.CONTACT_UPDATED, form, choice,
                fields -> regions.updateContact(code, id, details(fields)));
    }

    @POST
    @Path("{id}/remove")
    @Operation(summary = "Remove a contact person")
    public RestResponse<TemplateInstance> remove(@RestPath String audience, @RestPath String code,
            @RestPath String id, MultivaluedMap<String, String> form, @BeanParam LanguageChoice choice) {
        FormFields fields = FormFields.of(form, choice.language());
        if (!Confirmation.given(fields)) {
            RegionDetail region = regions.region(code);
            Optional<Contact> contact = region.contacts().stream().filter(c -> c.id().equals(id)).findFirst();
            // A contact already gone needs no confirmation: the removal below says it is gone.
            if (contact.isPresent()) {
                return confirmations.ask(removal(audience, region, contact.get(), fields, choice), choice);
            }
        }
        return forms.submit(audience, code, "remove-contact-" + id, Outcome.CONTACT_REMOVED, form, choice,
                f -> regions.removeContact(code, id));
    }

    private static Confirmation removal(String audience, RegionDetail region, Contact contact, FormFields fields,
            LanguageChoice choice) {
        RegionMessages texts = Texts.of(RegionMessages.class, choice.language());
        String page = "/" + audience + "/regions/" + region.code();
        return new Confirmation("regions", texts.confirm_remove_contact_title(),
                texts.confirm_remove_contact_text(contact.name(), contact.email(), region.name()),
                texts.confirm_remove_contact_button(), page + "/contacts/" + contact.id() + "/remove",
                page + "#contacts", fields.values());
    }

    private static ContactDetails details(FormFields fields) {
        return new ContactDetails(fields.text("name"), fields.text("email"), fields.text("role"),
                fields.text("language"));
    }
}
