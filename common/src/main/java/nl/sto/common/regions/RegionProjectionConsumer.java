package nl.sto.common.regions;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.access.RegionAccessRepository;
import nl.sto.common.inbox.IdempotentInbox;
import nl.sto.common.inbox.InboundEvent;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.regions.PartnerJoined;
import nl.sto.contracts.regions.PartnerLeft;
import nl.sto.contracts.regions.RegionRegistered;
import nl.sto.contracts.regions.RegionUpdated;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Keeps this service's projections of {@code sto.regions.v1}: the known regions and who may act for which region
 * (the access check's table). Each event is applied once.
 */
@ApplicationScoped
@IfBuildProperty(name = "sto.region-projection.enabled", stringValue = "true", enableIfMissing = true)
public class RegionProjectionConsumer {

    static final String CONSUMER = "region-projection";

    private final IdempotentInbox inbox;
    private final KnownRegionRepository regions;
    private final RegionAccessRepository access;

    RegionProjectionConsumer(IdempotentInbox inbox, KnownRegionRepository regions, RegionAccessRepository access) {
        this.inbox = inbox;
        this.regions = regions;
        this.access = access;
    }

    @Incoming("region-projection")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handle(CONSUMER, message, this::apply);
    }

    /** Event types this projection does not use are recorded as processed and otherwise ignored. */
    private Uni<Void> apply(InboundEvent event) {
        return switch (event.type()) {
            case EventTypes.REGION_REGISTERED -> regions.register(event.payload(RegionRegistered.class))
                    .replaceWithVoid();
            case EventTypes.REGION_UPDATED -> regions.rename(event.payload(RegionUpdated.class));
            case EventTypes.PARTNER_JOINED -> access.record(event.payload(PartnerJoined.class)).replaceWithVoid();
            case EventTypes.PARTNER_LEFT -> access.end(event.payload(PartnerLeft.class));
            default -> Uni.createFrom().voidItem();
        };
    }
}
