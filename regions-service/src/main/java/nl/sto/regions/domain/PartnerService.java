package nl.sto.regions.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.access.RegionAccessRepository;
import nl.sto.common.outbox.Outbox;
import nl.sto.common.problem.FieldErrorCode;
import nl.sto.common.problem.ProblemException;
import nl.sto.common.security.Caller;
import nl.sto.contracts.EventTypes;
import nl.sto.contracts.Topics;
import nl.sto.contracts.regions.PartnerJoined;
import nl.sto.contracts.regions.PartnerLeft;

/**
 * Partners join and leave regions. The access table is written in the same transaction, so that who may act for
 * a region changes the moment the membership does; other services follow through the events.
 */
@ApplicationScoped
public class PartnerService {

    private final RegionRepository regions;
    private final MembershipRepository memberships;
    private final RegionAccessRepository access;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    public PartnerService(RegionRepository regions, MembershipRepository memberships, RegionAccessRepository access,
            Outbox outbox, AuditLog audit, Clock clock) {
        this.regions = regions;
        this.memberships = memberships;
        this.access = access;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<Membership> join(Caller actor, String regionCode, PartnerAdmission admission) {
        IdentifierType type = PartnerRules.checkedType(admission);
        return regions.get(regionCode)
                .invoke(RegionService::requireOpen)
                .call(region -> refuseDuplicate(regionCode, admission))
                .call(region -> "lead".equals(admission.role()) ? refuseSecondLead(regionCode)
                        : Uni.createFrom().voidItem())
                .flatMap(region -> {
                    Membership membership = new Membership();
                    membership.id = UUID.randomUUID().toString();
                    membership.regionCode = regionCode;
                    membership.identifierType = type.name();
                    membership.identifier = admission.identifier();
                    membership.organisationCode = type.organisationCode(admission.identifier());
                    membership.name = admission.name();
                    membership.municipality = admission.municipality();
                    membership.role = admission.role();
                    membership.joinedOn = admission.joinedOn() != null ? admission.joinedOn() : LocalDate.now(clock);
                    membership.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
                    return memberships.persist(membership);
                })
                .call(membership -> announceJoin(actor, membership));
    }

    private Uni<Void> announceJoin(Caller actor, Membership m) {
        PartnerJoined joined = new PartnerJoined(m.id, m.regionCode, m.identifierType, m.identifier,
                m.organisationCode, m.name, m.role, m.joinedOn);
        return access.record(joined)
                .call(() -> outbox.add(Topics.REGIONS, EventTypes.PARTNER_JOINED, m.regionCode, joined))
                .call(() -> audit.record(actor, m.regionCode, "partner.joined", joined))
                .replaceWithVoid();
    }

    @WithTransaction
    public Uni<Membership> leave(Caller actor, String regionCode, String membershipId, LocalDate leftOn) {
        return regions.get(regionCode)
                .flatMap(region -> memberships.findById(membershipId))
                .map(m -> {
                    if (m == null || !m.regionCode.equals(regionCode)) {
                        throw ProblemException.notFound("Region " + regionCode + " has no membership " + membershipId);
                    }
                    if (!m.isOpen()) {
                        throw ProblemException.conflict("leftOn", FieldErrorCode.ALREADY_LEFT,
                                Map.of("date", m.leftOn.toString()), m.name + " already left region " + regionCode
                                        + " on " + m.leftOn);
                    }
                    LocalDate day = leftOn != null ? leftOn : LocalDate.now(clock);
                    if (day.isBefore(m.joinedOn)) {
                        throw ProblemException.badRequest("leftOn", FieldErrorCode.NOT_BEFORE,
                                Map.of("date", m.joinedOn.toString()), "lies before the day the partner joined, "
                                        + m.joinedOn);
                    }
                    m.leftOn = day;
                    return m;
                })
                .call(m -> memberships.persist(m))
                .call(m -> announceLeave(actor, m));
    }

    private Uni<Void> announceLeave(Caller actor, Membership m) {
        PartnerLeft left = new PartnerLeft(m.id, m.regionCode, m.organisationCode, m.leftOn);
        return access.end(left)
                .call(() -> outbox.add(Topics.REGIONS, EventTypes.PARTNER_LEFT, m.regionCode, left))
                .call(() -> audit.record(actor, m.regionCode, "partner.left",
                        Map.of("membershipId", m.id, "name", m.name, "identifier", m.identifier, "leftOn", m.leftOn)));
    }

    private Uni<Void> refuseDuplicate(String regionCode, PartnerAdmission admission) {
        return memberships.openOf(regionCode, admission.identifier()).map(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("identifier", FieldErrorCode.ALREADY_PARTNER,
                        Map.of("region", regionCode), admission.identifier() + " is already a partner of region "
                                + regionCode + " (as " + existing.role + ")");
            }
            return null;
        });
    }

    private Uni<Void> refuseSecondLead(String regionCode) {
        return memberships.openLead(regionCode).map(lead -> {
            if (lead != null) {
                throw ProblemException.conflict("role", FieldErrorCode.LEAD_EXISTS, Map.of("name", lead.name),
                        "Region " + regionCode + " already has a lead: " + lead.name);
            }
            return null;
        });
    }
}
