package nl.sto.regions.api;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import nl.sto.common.access.RegionAccess;
import nl.sto.contracts.regions.RegionRole;
import nl.sto.common.security.Caller;
import nl.sto.common.rest.Responses;
import nl.sto.common.security.CurrentCaller;
import nl.sto.regions.domain.ContactDetails;
import nl.sto.regions.domain.ContactRepository;
import nl.sto.regions.domain.ContactService;
import nl.sto.regions.domain.RegionRepository;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/** The region's contact persons: readable by everyone acting for the region, maintained by its lead. */
@Path("/api/regions/{code}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Authenticated
public class ContactResource {

    private final ContactService contacts;
    private final ContactRepository contactRepository;
    private final RegionRepository regions;
    private final RegionAccess access;
    private final CurrentCaller caller;

    public ContactResource(ContactService contacts, ContactRepository contactRepository, RegionRepository regions,
            RegionAccess access, CurrentCaller caller) {
        this.contacts = contacts;
        this.contactRepository = contactRepository;
        this.regions = regions;
        this.access = access;
        this.caller = caller;
    }

    @GET
    @Operation(summary = "The region's contact persons")
    public Uni<List<RegionViews.ContactView>> list(@PathParam("code") String code) {
        return Panache.withSession(() -> regions.get(code)
                .call(region -> access.require(caller.get(), code))
                .flatMap(region -> contactRepository.ofRegion(code))
                .map(list -> list.stream().map(RegionViews::contact).toList()));
    }

    @POST
    @Operation(summary = "Add a contact person (lead or ministry-admin): name, email, role, language nl | en")
    public Uni<RestResponse<RegionViews.ContactView>> add(@PathParam("code") String code,
            @Valid @NotNull ContactDetails details) {
        return mayMaintain(code)
                .flatMap(role -> contacts.add(caller.get(), code, details))
                .map(c -> Responses.created("/api/regions/" + code + "/contacts/" + c.id, RegionViews.contact(c)));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a contact person (lead or ministry-admin)")
    public Uni<RegionViews.ContactView> update(@PathParam("code") String code, @PathParam("id") String id,
            @Valid @NotNull ContactDetails details) {
        return mayMaintain(code)
                .flatMap(role -> contacts.update(caller.get(), code, id, details))
                .map(RegionViews::contact);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a contact person (lead or ministry-admin)")
    public Uni<RestResponse<Void>> remove(@PathParam("code") String code, @PathParam("id") String id) {
        return mayMaintain(code)
                .flatMap(role -> contacts.remove(caller.get(), code, id))
                .map(done -> RestResponse.noContent());
    }

    /** The lead maintains its region's contacts; a ministry-admin may correct them. */
    private Uni<RegionRole> mayMaintain(String code) {
        if (caller.get().hasRole(Caller.MINISTRY_ADMIN)) {
            return access.require(caller.get(), code);
        }
        return access.requireOneOf(caller.get(), code, RegionRole.LEAD);
    }
}
