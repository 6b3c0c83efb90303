package nl.sto.portal.regions;

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
import nl.sto.portal.client.regions.RegionsClient;
import nl.sto.portal.web.FormFields;
import nl.sto.portal.web.Outcome;

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

    ContactFormResource(RegionForms forms, @RestClient RegionsClient regions) {
        this.forms = forms;
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
        return forms.submit(audience, code, "remove-contact-" + id, Outcome.CONTACT_REMOVED, form, choice,
                fields -> regions.removeContact(code, id));
    }

    private static ContactDetails details(FormFields fields) {
        return new ContactDetails(fields.text("name"), fields.text("email"), fields.text("role"),
                fields.text("language"));
    }
}
