package nl.sto.portal.regions;

import java.math.BigDecimal;

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
import nl.sto.portal.client.regions.RegionCommands.Commitment;
import nl.sto.portal.client.regions.RegionsClient;
import nl.sto.portal.web.Outcome;

/** A business states its co-financing commitment for a year, and confirms it or withdraws it. */
@Path("/business/regions/{code}/cofinancing")
@Authenticated
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
@Produces(MediaType.TEXT_HTML)
public class CofinancingFormResource {

    private static final String AUDIENCE = "business";

    private final RegionForms forms;
    private final RegionsClient regions;

    CofinancingFormResource(RegionForms forms, @RestClient RegionsClient regions) {
        this.forms = forms;
        this.regions = regions;
    }

    @POST
    @Operation(summary = "State your co-financing commitment (form: year, amount, kind MONEY or IN_KIND)")
    public RestResponse<TemplateInstance> state(@RestPath String code, MultivaluedMap<String, String> form,
            @BeanParam LanguageChoice choice) {
        return forms.submit(AUDIENCE, code, "state-commitment", Outcome.COFINANCING_STATED, form, choice, fields -> {
            Integer year = fields.year("year");
            BigDecimal amount = fields.euros("amount");
            String kind = fields.text("kind");
            regions.stateCofinancing(code, fields.request(() -> new Commitment(year, amount, kind)));
        });
    }

    @POST
    @Path("{year}/confirm")
    @Operation(summary = "Confirm your latest statement for the year")
    public RestResponse<TemplateInstance> confirm(@RestPath String code, @RestPath int year,
            MultivaluedMap<String, String> form, @BeanParam LanguageChoice choice) {
        return forms.submit(AUDIENCE, code, "confirm-" + year, Outcome.COFINANCING_CONFIRMED, form, choice,
                fields -> regions.confirmCofinancing(code, year));
    }

    @POST
    @Path("{year}/withdraw")
    @Operation(summary = "Withdraw your unconfirmed commitment for the year (e.g. one stated for the wrong year)")
    public RestResponse<TemplateInstance> withdraw(@RestPath String code, @RestPath int year,
            MultivaluedMap<String, String> form, @BeanParam LanguageChoice choice) {
        return forms.submit(AUDIENCE, code, "withdraw-" + year, Outcome.COFINANCING_WITHDRAWN, form, choice,
                fields -> regions.withdrawCofinancing(code, year));
    }
}
