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
import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.ProblemException;
import nl.sto.common.security.Caller;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.contracts.regions.CofinancingConfirmed;

/**
 * Businesses state what they will co-finance per year, then confirm it; until then they may withdraw it. Every
 * statement is kept, so the history of what a business promised, withdrew and confirmed stays readable.
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
                .flatMap(region -> save(actor, regionCode, kvk, year, euros, checkedKind.name(), Step.STATE))
                .call(s -> audit.record(actor, regionCode, "cofinancing.stated",
                        Map.of("kvk", kvk, "year", year, "amount", euros.toPlainString(), "kind", s.kind)));
    }

    /** Confirms the latest statement of the business for the year, as it stands. */
    @WithTransaction
    public Uni<CofinancingStatement> confirm(Caller actor, String regionCode, String kvk, int year) {
        return regions.get(regionCode)
                .invoke(RegionService::requireOpen)
                .flatMap(region -> openCommitment(regionCode, kvk, year, "confirm"))
                .flatMap(latest -> save(actor, regionCode, kvk, year, latest.amount, latest.kind, Step.CONFIRM))
                .call(s -> outbox.add(Topics.REGIONS, EventTypes.COFINANCING_CONFIRMED, regionCode,
                        new CofinancingConfirmed(regionCode, kvk, year, s.amount, s.kind)))
                .call(s -> audit.record(actor, regionCode, "cofinancing.confirmed",
                        Map.of("kvk", kvk, "year", year, "amount", s.amount.toPlainString(), "kind", s.kind)));
    }

    /**
     * Takes back the business' unconfirmed commitment for the year, e.g. one stated for the wrong year; the region no
     * longer counts it. Stating again makes a new commitment.
     */
    @WithTransaction
    public Uni<CofinancingStatement> withdraw(Caller actor, String regionCode, String kvk, int year) {
        return regions.get(regionCode)
                .invoke(RegionService::requireOpen)
                .flatMap(region -> openCommitment(regionCode, kvk, year, "withdraw"))
                .flatMap(latest -> save(actor, regionCode, kvk, year, latest.amount, latest.kind, Step.WITHDRAW))
                .call(s -> audit.record(actor, regionCode, "cofinancing.withdrawn",
                        Map.of("kvk", kvk, "year", year, "amount", s.amount.toPlainString(), "kind", s.kind)));
    }

    /** The latest statement, if it is a commitment still open: neither confirmed nor withdrawn. */
    private Uni<CofinancingStatement> openCommitment(String regionCode, String kvk, int year, String verb) {
        return statements.latest(regionCode, kvk, year).map(latest -> {
            if (latest == null || latest.withdrawn) {
                throw ProblemException.notFound("No co-financing stated for " + year + " to " + verb);
            }
            if (latest.confirmed) {
                throw ProblemException.conflict("year", FieldErrorCode.ALREADY_CONFIRMED,
                        Map.of("year", String.valueOf(year)), "The co-financing for " + year + " is already confirmed");
            }
            return latest;
        });
    }

    private enum Step {
        STATE, CONFIRM, WITHDRAW
    }

    private Uni<CofinancingStatement> save(Caller actor, String regionCode, String kvk, int year, BigDecimal amount,
            String kind, Step step) {
        CofinancingStatement statement = new CofinancingStatement();
        statement.id = UUID.randomUUID().toString();
        statement.regionCode = regionCode;
        statement.kvk = kvk;
        statement.year = year;
        statement.amount = amount;
        statement.kind = kind;
        statement.confirmed = step == Step.CONFIRM;
        statement.withdrawn = step == Step.WITHDRAW;
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
