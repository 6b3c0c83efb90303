package nl.sto.regions.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.outbox.Outbox;
import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.ProblemCode;
import nl.sto.common.problem.ProblemException;
import nl.sto.common.security.Caller;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.contracts.regions.RegionAdmitted;
import nl.sto.contracts.regions.RegionClosed;
import nl.sto.contracts.regions.RegionRegistered;
import nl.sto.contracts.regions.RegionUpdated;

/** Registers, admits, edits and closes regions; each change with its audit entry and its event. */
@ApplicationScoped
public class RegionService {

    private final RegionRepository regions;
    private final Outbox outbox;
    private final AuditLog audit;

    public RegionService(RegionRepository regions, Outbox outbox, AuditLog audit) {
        this.regions = regions;
        this.outbox = outbox;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<Region> register(Caller actor, RegionRegistration registration, boolean demo) {
        Tranche tranche = Tranche.of(registration.tranche())
                .orElseThrow(() -> ProblemException.badRequest("tranche", "1, 2, 3 or LATE"));
        boolean hasAdvice = registration.adviceReference() != null && !registration.adviceReference().isBlank();
        if (tranche == Tranche.LATE && !hasAdvice) {
            throw ProblemException.badRequest("adviceReference",
                    "a late admission needs the reference of the assessment committee's advice");
        }
        return regions.findById(registration.code()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().failure(
                        ProblemException.conflict("code", FieldErrorCode.TAKEN,
                                Map.of("value", registration.code()),
                                "Region " + registration.code() + " is already registered"));
            }
            Region region = new Region();
            region.code = registration.code();
            region.name = registration.name();
            region.tranche = tranche.code();
            region.admittedOn = registration.admittedOn();
            region.adviceReference = hasAdvice ? registration.adviceReference() : null;
            region.demo = demo;
            region.registeredBy = actor.subject();
            region.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
            return regions.persist(region).call(saved -> announceRegistration(actor, saved));
        });
    }

    private Uni<Void> announceRegistration(Caller actor, Region region) {
        return outbox.add(Topics.REGIONS, EventTypes.REGION_REGISTERED, region.code,
                        new RegionRegistered(region.code, region.name, region.tranche, region.admittedOn,
                                region.adviceReference))
                .call(() -> outbox.add(Topics.REGIONS, EventTypes.REGION_ADMITTED, region.code,
                        new RegionAdmitted(region.code, region.tranche, region.admittedOn, region.adviceReference)))
                .call(() -> audit.record(actor, region.code, "region.registered", Map.of(
                        "name", region.name, "tranche", region.tranche, "admittedOn", region.admittedOn,
                        "adviceReference", String.valueOf(region.adviceReference))))
                .replaceWithVoid();
    }

    @WithTransaction
    public Uni<Region> updatePlan(Caller actor, String code, PlanUpdate plan) {
        return regions.get(code).flatMap(region -> {
            requireOpen(region);
            Map<String, Object> before = Map.of("name", region.name,
                    "duurzaam", String.valueOf(region.planDuurzaam), "dekkend", String.valueOf(region.planDekkend),
                    "kwalitatief", String.valueOf(region.planKwalitatief));
            region.name = plan.name();
            region.planDuurzaam = plan.duurzaam();
            region.planDekkend = plan.dekkend();
            region.planKwalitatief = plan.kwalitatief();
            return regions.persist(region)
                    .call(saved -> outbox.add(Topics.REGIONS, EventTypes.REGION_UPDATED, code,
                            new RegionUpdated(code, plan.name(), plan.duurzaam(), plan.dekkend(), plan.kwalitatief())))
                    .call(saved -> audit.record(actor, code, "region.updated", Map.of("before", before,
                            "after", plan)));
        });
    }

    @WithTransaction
    public Uni<Region> close(Caller actor, String code, LocalDate closedOn, String reason) {
        return regions.get(code).flatMap(region -> {
            requireOpen(region);
            if (closedOn.isBefore(region.admittedOn)) {
                throw ProblemException.badRequest("closedOn", FieldErrorCode.NOT_BEFORE,
                        Map.of("date", region.admittedOn.toString()),
                        "lies before the region's admission on " + region.admittedOn);
            }
            region.status = Region.Status.CLOSED;
            region.closedOn = closedOn;
            region.closeReason = reason;
            return regions.persist(region)
                    .call(saved -> outbox.add(Topics.REGIONS, EventTypes.REGION_CLOSED, code,
                            new RegionClosed(code, closedOn, reason)))
                    .call(saved -> audit.record(actor, code, "region.closed", Map.of("closedOn", closedOn,
                            "reason", String.valueOf(reason))));
        });
    }

    static void requireOpen(Region region) {
        if (region.isClosed()) {
            throw ProblemException.stateConflict(ProblemCode.REGION_CLOSED, Map.of("closedOn",
                    region.closedOn.toString()), "Region " + region.code + " is closed since " + region.closedOn);
        }
    }
}
