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
import nl.sto.contracts.regions.GrantAwarded;

@ApplicationScoped
public class GrantService {

    static final int FIRST_YEAR = 2018;
    static final int LAST_YEAR = 2100;

    private final RegionRepository regions;
    private final GrantRepository grants;
    private final Outbox outbox;
    private final AuditLog audit;

    public GrantService(RegionRepository regions, GrantRepository grants, Outbox outbox, AuditLog audit) {
        this.regions = regions;
        this.grants = grants;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** One grant per region and year; a year that already has one is a conflict, never silently replaced. */
    @WithTransaction
    public Uni<GrantAward> award(Caller actor, String regionCode, int year, BigDecimal amount) {
        checkYear(year);
        BigDecimal euros = Money.euros("amount", amount);
        return regions.get(regionCode)
                .invoke(RegionService::requireOpen)
                .flatMap(region -> grants.of(regionCode, year))
                .flatMap(existing -> {
                    if (existing != null) {
                        throw ProblemException.conflict("year", FieldErrorCode.GRANT_EXISTS,
                                Map.of("year", String.valueOf(year)), "Region " + regionCode
                                        + " already has a grant for " + year + ": EUR "
                                        + existing.amount.toPlainString());
                    }
                    GrantAward grant = new GrantAward();
                    grant.id = UUID.randomUUID().toString();
                    grant.regionCode = regionCode;
                    grant.year = year;
                    grant.amount = euros;
                    grant.awardedBy = actor.subject();
                    grant.awardedAt = OffsetDateTime.now(ZoneOffset.UTC);
                    return grants.persist(grant);
                })
                .call(grant -> outbox.add(Topics.REGIONS, EventTypes.GRANT_AWARDED, regionCode,
                        new GrantAwarded(regionCode, year, grant.amount)))
                .call(grant -> audit.record(actor, regionCode, "grant.awarded",
                        Map.of("year", year, "amount", grant.amount.toPlainString())));
    }

    static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw ProblemException.badRequest("year", FieldErrorCode.RANGE,
                    Map.of("min", String.valueOf(FIRST_YEAR), "max", String.valueOf(LAST_YEAR)),
                    "must lie between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
    }
}
