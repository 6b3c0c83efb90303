package nl.sto.monitor.compliance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.regex.Pattern;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.inbox.InboundEvent;
import nl.sto.common.money.Money;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.regions.CofinancingConfirmed;
import nl.sto.contracts.regions.GrantAwarded;
import nl.sto.contracts.regions.RegionClosed;
import nl.sto.contracts.regions.RegionRegistered;
import nl.sto.contracts.regions.RegionUpdated;

/**
 * What the board needs of {@code sto.regions.v1}: the regions' names, which regions closed, their grants and the
 * co-financing businesses confirmed. Each event writes its own columns, so that any order gives the same rows.
 */
@ApplicationScoped
public class RegionFundingProjection {

    /** A registration that arrives after a renaming keeps the newer name. */
    private static final String REGISTERED = """
            INSERT INTO compliance_region AS g (code, name) VALUES (:code, :name)
            ON CONFLICT (code) DO UPDATE SET name = COALESCE(g.name, EXCLUDED.name)""";

    private static final String RENAMED = """
            INSERT INTO compliance_region (code, name) VALUES (:code, :name)
            ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name""";

    private static final String CLOSED = """
            INSERT INTO compliance_region (code, closed_on) VALUES (:code, :closedOn)
            ON CONFLICT (code) DO UPDATE SET closed_on = EXCLUDED.closed_on""";

    private static final String GRANT = """
            INSERT INTO compliance_grant (region_code, year, amount) VALUES (:region, :year, :amount)
            ON CONFLICT (region_code, year) DO UPDATE SET amount = EXCLUDED.amount""";

    /** regions-service confirms a business' latest statement: the later confirmation stands. */
    private static final String COFINANCING = """
            INSERT INTO compliance_cofinancing AS c (region_code, kvk, year, kind, amount, confirmed_at, event_id)
            VALUES (:region, :kvk, :year, :kind, :amount, :confirmedAt, :eventId)
            ON CONFLICT (region_code, kvk, year) DO UPDATE SET kind = EXCLUDED.kind, amount = EXCLUDED.amount,
                confirmed_at = EXCLUDED.confirmed_at, event_id = EXCLUDED.event_id
            WHERE (EXCLUDED.confirmed_at, EXCLUDED.event_id) > (c.confirmed_at, c.event_id)""";

    private static final Pattern KVK = Pattern.compile("[0-9]{8}");
    private static final Set<String> KINDS = Set.of("MONEY", "IN_KIND");

    private final Clock clock;

    public RegionFundingProjection(Clock clock) {
        this.clock = clock;
    }

    /** Event types the board does not use change nothing. */
    @WithTransaction
    public Uni<Void> apply(InboundEvent event) {
        return switch (event.type()) {
            case EventTypes.REGION_REGISTERED -> registered(event, event.payload(RegionRegistered.class));
            case EventTypes.REGION_UPDATED -> renamed(event, event.payload(RegionUpdated.class));
            case EventTypes.REGION_CLOSED -> closed(event, event.payload(RegionClosed.class));
            case EventTypes.GRANT_AWARDED -> granted(event, event.payload(GrantAwarded.class));
            case EventTypes.COFINANCING_CONFIRMED -> cofinanced(event, event.payload(CofinancingConfirmed.class));
            default -> Uni.createFrom().voidItem();
        };
    }

    private static Uni<Void> registered(InboundEvent event, RegionRegistered registered) {
        return execute(REGISTERED, FactRow.of(event).region("code", registered.code())
                .required("name", registered.name()));
    }

    private static Uni<Void> renamed(InboundEvent event, RegionUpdated updated) {
        return execute(RENAMED, FactRow.of(event).region("code", updated.code()).required("name", updated.name()));
    }

    private static Uni<Void> closed(InboundEvent event, RegionClosed closed) {
        return execute(CLOSED, FactRow.of(event).region("code", closed.code())
                .required("closedOn", closed.closedOn()));
    }

    private static Uni<Void> granted(InboundEvent event, GrantAwarded grant) {
        return execute(GRANT, FactRow.of(event).region("region", grant.regionCode()).year("year", grant.year())
                .required("amount", euros(event, grant.amount())));
    }

    private Uni<Void> cofinanced(InboundEvent event, CofinancingConfirmed confirmed) {
        FactRow row = FactRow.of(event).region("region", confirmed.regionCode()).year("year", confirmed.year())
                .required("amount", euros(event, confirmed.amount()));
        if (confirmed.kvk() == null || !KVK.matcher(confirmed.kvk()).matches()) {
            throw row.poison("kvk is " + confirmed.kvk() + ", not a KvK number of 8 digits");
        }
        if (confirmed.kind() == null || !KINDS.contains(confirmed.kind())) {
            throw row.poison("kind is " + confirmed.kind() + ", not one of " + KINDS);
        }
        return execute(COFINANCING, row.with("kvk", confirmed.kvk()).with("kind", confirmed.kind())
                .with("confirmedAt", event.time() != null ? event.time() : OffsetDateTime.now(clock))
                .with("eventId", event.id()));
    }

    private static Uni<Void> execute(String statement, FactRow parameters) {
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery(statement);
            parameters.columns().forEach(query::setParameter);
            return query.executeUpdate();
        }).replaceWithVoid();
    }

    /** An amount no grant or co-financing can be (negative, fractions of cents) is the producer's mistake. */
    private static BigDecimal euros(InboundEvent event, BigDecimal amount) {
        Money.problem("amount", amount).ifPresent(problem -> {
            throw FactRow.of(event).poison("amount " + problem.message());
        });
        return amount;
    }
}
