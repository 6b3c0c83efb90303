package nl.sto.monitor.events;

import java.util.List;

import io.smallrye.mutiny.Uni;

import nl.sto.common.inbox.InboundEvent;

/**
 * A read model kept from the log's events in the transaction that appends them: it sees exactly the events the log
 * takes, once each, and costs no consumer group, inbox or JSON read of its own. An event it cannot read is poison
 * for the log too ({@link nl.sto.common.inbox.PoisonEventException}): it goes to the dead letters with the reason,
 * and neither the log nor the read model takes it.
 */
public interface LogProjection {

    Uni<Void> apply(List<InboundEvent> events);
}
