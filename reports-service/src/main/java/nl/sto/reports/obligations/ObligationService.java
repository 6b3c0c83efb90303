package nl.sto.reports.obligations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.reports.regulation.KindRepository;
import nl.sto.reports.regulation.Regulation;
import nl.sto.reports.regulation.RegulationLock;
import nl.sto.reports.regulation.RegulationRepository;
import nl.sto.reports.regulation.RegulationVersionRepository;

/**
 * Records a region's admission to the programme, and has it take part in every published regulation whose period
 * has not ended by then: it owes their obligations from its admission on.
 */
@ApplicationScoped
public class ObligationService {

    private final AdmissionRepository admissions;
    private final RegulationRepository regulations;
    private final KindRepository kinds;
    private final RegulationVersionRepository versions;
    private final Participations participations;
    private final RegulationLock lock;
    private final Clock clock;

    public ObligationService(AdmissionRepository admissions, RegulationRepository regulations, KindRepository kinds,
            RegulationVersionRepository versions, Participations participations, RegulationLock lock, Clock clock) {
        this.admissions = admissions;
        this.regulations = regulations;
        this.kinds = kinds;
        this.versions = versions;
        this.participations = participations;
        this.lock = lock;
        this.clock = clock;
    }

    /**
     * How many obligations the admission created. Admission is recorded once: a region admitted again keeps its
     * first admission day, and a regulation it takes part in already is left as it is.
     */
    @WithTransaction
    public Uni<Integer> createFor(String regionCode, LocalDate admittedOn) {
        return lock.acquire()
                .chain(() -> recordAdmission(regionCode, admittedOn))
                .flatMap(admission -> regulations.published().flatMap(published -> Multi.createFrom()
                        .iterable(published)
                        .filter(regulation -> ObligationSchedule.takesPart(regulation, admission))
                        .onItem().transformToUniAndConcatenate(regulation -> joinOnce(regulation, admission))
                        .collect().asList()))
                .map(created -> created.stream().mapToInt(Integer::intValue).sum());
    }

    private Uni<Admission> recordAdmission(String regionCode, LocalDate admittedOn) {
        return admissions.findById(regionCode).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(existing);
            }
            Admission admission = new Admission();
            admission.regionCode = regionCode;
            admission.admittedOn = admittedOn;
            admission.recordedAt = OffsetDateTime.now(clock);
            return admission.persistAndFlush().replaceWith(admission);
        });
    }

    private Uni<Integer> joinOnce(Regulation regulation, Admission admission) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "SELECT count(*) FROM participation WHERE regulation_id = :regulation AND region_code = :region",
                        Long.class)
                .setParameter("regulation", regulation.id)
                .setParameter("region", admission.regionCode)
                .getSingleResult())
                .flatMap(count -> count > 0 ? Uni.createFrom().item(0)
                        : kinds.of(regulation.id).flatMap(defined -> versions.of(regulation.id)
                                .flatMap(all -> participations.join(regulation, defined, all, List.of(admission),
                                        OffsetDateTime.now(clock))))
                                .map(written -> written.obligations().size()));
    }
}
