package nl.sto.regions.domain;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.outbox.Outbox;
import nl.sto.common.problem.ProblemException;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.contracts.regions.RegionRegistered;

@ApplicationScoped
public class RegionService {

    private final RegionRepository regions;
    private final Outbox outbox;

    public RegionService(RegionRepository regions, Outbox outbox) {
        this.regions = regions;
        this.outbox = outbox;
    }

    /** Stores the region and its registered-event together; a second registration of a code is refused. */
    @WithTransaction
    public Uni<Region> register(String code, String name, String registeredBy) {
        return regions.findById(code).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().failure(ProblemException.conflict("Region " + code + " is already registered"));
            }
            Region region = new Region();
            region.code = code;
            region.name = name;
            region.registeredBy = registeredBy;
            region.registeredAt = OffsetDateTime.now(ZoneOffset.UTC);
            return regions.persist(region)
                    .call(saved -> outbox.add(Topics.REGIONS, EventTypes.REGION_REGISTERED, code,
                            new RegionRegistered(code, name)));
        });
    }

    /** Registers the region unless it exists; used to seed demo data, safe on every start. */
    @WithTransaction
    public Uni<Boolean> registerIfAbsent(String code, String name, String registeredBy) {
        return regions.findById(code).flatMap(existing -> existing != null
                ? Uni.createFrom().item(false)
                : register(code, name, registeredBy).replaceWith(true));
    }
}
