package nl.sto.common.regions;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.inbox.IdempotentInbox;
import nl.sto.common.inbox.InboundEvent;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.regions.RegionRegistered;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** Keeps this service's projection of the regions from {@code sto.regions.v1}, each event applied once. */
@ApplicationScoped
@IfBuildProperty(name = "sto.region-projection.enabled", stringValue = "true", enableIfMissing = true)
public class RegionProjectionConsumer {

    static final String CONSUMER = "region-projection";

    private final IdempotentInbox inbox;
    private final KnownRegionRepository regions;

    RegionProjectionConsumer(IdempotentInbox inbox, KnownRegionRepository regions) {
        this.inbox = inbox;
        this.regions = regions;
    }

    @Incoming("region-projection")
    public Uni<Void> consume(Message<String> message) {
        return inbox.handle(CONSUMER, message, this::apply);
    }

    /** Event types this projection does not use are recorded as processed and otherwise ignored. */
    private Uni<Void> apply(InboundEvent event) {
        if (EventTypes.REGION_REGISTERED.equals(event.type())) {
            return regions.register(event.payload(RegionRegistered.class)).replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }
}
