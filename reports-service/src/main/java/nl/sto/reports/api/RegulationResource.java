package nl.sto.reports.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
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

import nl.sto.common.problem.ProblemException;
import nl.sto.common.rest.Responses;
import nl.sto.common.security.Caller;
import nl.sto.common.security.CurrentCaller;
import nl.sto.reports.api.RegulationViews.RegulationSummary;
import nl.sto.reports.api.RegulationViews.RegulationView;
import nl.sto.reports.api.RegulationViews.SectionTypeView;
import nl.sto.reports.regulation.Amendment;
import nl.sto.reports.regulation.AmendmentService;
import nl.sto.reports.regulation.Regulation;
import nl.sto.reports.regulation.RegulationDraft;
import nl.sto.reports.regulation.RegulationPreview;
import nl.sto.reports.regulation.RegulationService;
import nl.sto.reports.regulation.RegulationVersionRepository;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/regulations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RegulationResource {

    private final RegulationService regulations;
    private final RegulationVersionRepository versions;
    private final AmendmentService amendments;
    private final CurrentCaller caller;
    private final Clock clock;

    public RegulationResource(RegulationService regulations, RegulationVersionRepository versions,
            AmendmentService amendments, CurrentCaller caller, Clock clock) {
        this.regulations = regulations;
        this.versions = versions;
        this.amendments = amendments;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    @Authenticated
    @WithSession
    @Operation(summary = "Every regulation (programme period), current first: id, title, legal reference, period "
            + "{from, to}, status, demo flag and current version. Drafts only for ministry-admin")
    public Uni<List<RegulationSummary>> all() {
        boolean admin = caller.get().hasRole(Caller.MINISTRY_ADMIN);
        return regulations.all().flatMap(all -> versions.all().map(every -> {
            Map<String, Integer> current = every.stream().collect(Collectors.toMap(v -> v.regulationId,
                    v -> v.number, Math::max));
            return all.stream().filter(r -> admin || r.isPublished())
                    .sorted(RegulationViews.currentFirst(LocalDate.now(clock)))
                    .map(r -> RegulationViews.summary(r, current.get(r.id))).toList();
        }));
    }

    @GET
    @Path("/section-types")
    @Authenticated
    @Operation(summary = "The catalogue of report section types a regulation's report kinds choose from, with the "
            + "shape of their content; free-text sections carry their own key and title")
    public List<SectionTypeView> sectionTypes() {
        return RegulationViews.catalogue();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    @Operation(summary = "One regulation with its obligation kinds (names, due rule, sections) and its versions "
            + "with their sources and deadlines; a draft only for ministry-admin")
    public Uni<RegulationView> one(@PathParam("id") String id) {
        return regulations.one(id).map(full -> {
            requireVisible(full.regulation());
            return RegulationViews.view(full);
        });
    }

    @POST
    @RolesAllowed(Caller.MINISTRY_ADMIN)
    @Operation(summary = "Draft a regulation: title, legal reference, publication and effective dates, period, "
            + "source note, and its obligation kinds with their due dates or rules and sections")
    public Uni<RestResponse<RegulationView>> draft(@NotNull RegulationDraft draft) {
        return regulations.draft(caller.get(), draft, false).map(RegulationViews::view)
                .map(view -> Responses.created("/api/regulations/" + view.id(), view));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed(Caller.MINISTRY_ADMIN)
    @Operation(summary = "Change a draft as a whole; a published regulation changes only by amendment (409)")
    public Uni<RegulationView> change(@PathParam("id") String id, @NotNull RegulationDraft draft) {
        return regulations.change(id, draft).map(RegulationViews::view);
    }

    @DELETE
    @Path("/{id}")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Caller.MINISTRY_ADMIN)
    @Operation(summary = "Discard a draft; a published regulation cannot be discarded (409)")
    public Uni<RestResponse<Void>> discard(@PathParam("id") String id) {
        return regulations.discard(id).map(done -> RestResponse.noContent());
    }

    @GET
    @Path("/{id}/preview")
    @RolesAllowed(Caller.MINISTRY_ADMIN)
    @Operation(summary = "Dry run of publishing a draft: which regions would owe which obligations, per kind, what "
            + "they would not owe (due before their admission), and a sample; changes nothing")
    public Uni<RegulationPreview> preview(@PathParam("id") String id) {
        return regulations.preview(id);
    }

    @POST
    @Path("/{id}/publish")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Caller.MINISTRY_ADMIN)
    @Operation(summary = "Publish a draft: version 1, every region admitted before the period's end takes part and "
            + "owes its obligations, one obligation.created event each, in one transaction; 409 when published")
    public Uni<RegulationService.Published> publish(@PathParam("id") String id) {
        return regulations.publish(caller.get(), id);
    }

    @POST
    @Path("/{id}/amendments/preview")
    @RolesAllowed(Caller.MINISTRY_ADMIN)
    @Operation(summary = "Dry run of an amendment of this regulation: which deadlines move and which obligations of "
            + "which regions would change; changes nothing")
    public Uni<AmendmentService.Preview> previewAmendment(@PathParam("id") String id,
            @Valid @NotNull Amendment amendment) {
        return amendments.preview(id, amendment);
    }

    @POST
    @Path("/{id}/amendments")
    @RolesAllowed(Caller.MINISTRY_ADMIN)
    @Operation(summary = "Publish an amendment of this regulation: a new version that re-dates every affected "
            + "obligation in one transaction, one deadline.changed event per moved obligation")
    public Uni<RestResponse<AmendmentService.Published>> amend(@PathParam("id") String id,
            @Valid @NotNull Amendment amendment) {
        return amendments.publish(caller.get(), id, amendment)
                .map(published -> Responses.created("/api/regulations/" + id, published));
    }

    private void requireVisible(Regulation regulation) {
        if (!regulation.isPublished() && !caller.get().hasRole(Caller.MINISTRY_ADMIN)) {
            throw ProblemException.notFound("There is no regulation " + regulation.id);
        }
    }
}
