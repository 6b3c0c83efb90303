package nl.sto.regions.domain;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.money.Money;
import nl.sto.common.outbox.Outbox;
import nl.sto.common.problem.ProblemException;
import nl.sto.common.security.Caller;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.contracts.regions.CofinancingConfirmed;

/**
 * Businesses state what they will co-finance per year, then confirm it. Every statement is kept, so the
 * history of what a business promised and confirmed stays readable.
 */
@ApplicationScoped
public class CofinancingService {

    private final RegionRepository regions;
    private final CofinancingRepository statements;
    private final Outbox outbox;
    private final AuditLog audit;

    public CofinancingService(RegionRepository regions, CofinancingRepository statements, Outbox outbox,
            AuditLog audit) {
        this.regions = regions;
        this.statements = statements;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** The business of {@code kvk} states its commitment; it is open until it confirms it. */
    @WithTransaction
    public Uni<CofinancingStatement> state(Caller actor, String regionCode, String kvk, int year, BigDecimal amount,
            String kind) {
        GrantService.checkYear(year);
        BigDecimal euros = Money.euros("amount", amount);
        CofinancingStatement.Kind checkedKind = kind(kind);
        return regions.get(regionCode)
                .invoke(RegionService::requireOpen)
                .flatMap(region -> save(actor, regionCode, kvk, year, euros, checkedKind.name(), false))
                .call(s -> audit.record(actor, regionCode, "cofinancing.stated",
                        Map.of("kvk", kvk, "year", year, "amount", euros.toPlainString(), "kind", s.kind)));
    }

    /** Confirms the latest statement of the business for the year, as it stands. */
    @WithTransaction
    public Uni<CofinancingStatement> confirm(Caller actor, String regionCode, String kvk, int year) {
        return regions.get(regionCode)
                .invoke(RegionService::requireOpen)
                .flatMap(region -> statements.latest(regionCode, kvk, year))
                .flatMap(latest -> {
                    if (latest == null) {
                        throw ProblemException.notFound("No co-financing stated for " + year + " to confirm");
                    }
                    if (latest.confirmed) {
                        throw ProblemException.conflict("The co-financing for " + year + " is already confirmed");
                    }
                    return save(actor, regionCode, kvk, year, latest.amount, latest.kind, true);
                })
                .call(s -> outbox.add(Topics.REGIONS, EventTypes.COFINANCING_CONFIRMED, regionCode,
                        new CofinancingConfirmed(regionCode, kvk, year, s.amount, s.kind)))
                .call(s -> audit.record(actor, regionCode, "cofinancing.confirmed",
                        Map.of("kvk", kvk, "year", year, "amount", s.amount.toPlainString(), "kind", s.kind)));
    }

    private Uni<CofinancingStatement> save(Caller actor, String regionCode, String kvk, int year, BigDecimal amount,
            String kind, boolean confirmed) {
        CofinancingStatement statement = new CofinancingStatement();
        statement.id = UUID.randomUUID().toString();
        statement.regionCode = regionCode;
        statement.kvk = kvk;
        statement.year = year;
        statement.amount = amount;
        statement.kind = kind;
        statement.confirmed = confirmed;
        statement.statedBy = actor.subject();
        statement.statedAt = OffsetDateTime.now(ZoneOffset.UTC);
        return statements.persist(statement);
    }

    private static CofinancingStatement.Kind kind(String kind) {
        try {
            return CofinancingStatement.Kind.valueOf(String.valueOf(kind));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("kind", "MONEY or IN_KIND");
        }
    }
}
