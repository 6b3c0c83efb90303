package nl.sto.regions.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import nl.sto.common.security.Audience;
import nl.sto.common.security.Caller;
import nl.sto.regions.domain.CofinancingService;
import nl.sto.regions.domain.ContactDetails;
import nl.sto.regions.domain.ContactService;
import nl.sto.regions.domain.GrantService;
import nl.sto.regions.domain.PartnerAdmission;
import nl.sto.regions.domain.PartnerService;
import nl.sto.regions.domain.PlanUpdate;
import nl.sto.regions.domain.RegionRegistration;
import nl.sto.regions.domain.RegionRepository;
import nl.sto.regions.domain.RegionService;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Seeds the demo partnerships built from the real DUO school data when {@code sto.demo-data=true} (set by
 * {@code ./sto up}). Everything goes through the domain services, so the demo regions get their audit entries and
 * events like any other region; a region that exists is left alone, so a restart seeds nothing twice.
 */
@ApplicationScoped
public class DemoDataSeeder {

    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class);
    static final Caller SEEDER = new Caller(Audience.MINISTRY, "demo-data", "Demo data", null,
            Set.of(Caller.MINISTRY_ADMIN));

    private final RegionRepository regionRepository;
    private final RegionService regions;
    private final PartnerService partners;
    private final GrantService grants;
    private final ContactService contacts;
    private final CofinancingService cofinancing;
    private final Vertx vertx;
    private final boolean enabled;
    private final Path dataDir;

    DemoDataSeeder(RegionRepository regionRepository, RegionService regions, PartnerService partners,
            GrantService grants, ContactService contacts, CofinancingService cofinancing, Vertx vertx,
            @ConfigProperty(name = "sto.demo-data") boolean enabled,
            @ConfigProperty(name = "sto.data.dir") Path dataDir) {
        this.regionRepository = regionRepository;
        this.regions = regions;
        this.partners = partners;
        this.grants = grants;
        this.contacts = contacts;
        this.cofinancing = cofinancing;
        this.vertx = vertx;
        this.enabled = enabled;
        this.dataDir = dataDir;
    }

    /**
     * Seeds in the background, so that the service is ready while the demo data arrives (progress in the log).
     * Reading the DUO files takes a third of a second or more, so that runs on a worker thread too, not in the start.
     */
    void seedAtStart(@Observes StartupEvent startup) {
        if (!enabled) {
            return;
        }
        if (!Files.isReadable(dataDir.resolve("duo/alle-vestigingen-vo.csv"))) {
            LOG.warnf("No demo data: DUO files not found under %s (set sto.data.dir)", dataDir.toAbsolutePath());
            return;
        }
        VertxContextSupport.subscribeWith(() -> loadPlan().flatMap(this::seed).toMulti(), added -> LOG.infof(
                "Demo data: %d of %d regions added from %s", added, DuoDemoData.REGION_COUNT,
                dataDir.toAbsolutePath()));
    }

    /** Parses the DUO files on a worker thread; the seeding continues on the caller's Vert.x context. */
    private Uni<List<DemoRegion>> loadPlan() {
        return vertx.executeBlocking(Uni.createFrom().item(() -> DuoDemoData.load(dataDir)));
    }

    /** Seeds the regions one after the other; returns how many were new. */
    public Uni<Integer> seed(List<DemoRegion> plan) {
        AtomicInteger done = new AtomicInteger();
        return Multi.createFrom().iterable(plan)
                .onItem().transformToUniAndConcatenate(this::seedIfAbsent)
                .invoke(added -> logProgress(done.incrementAndGet(), plan.size()))
                .collect().with(Collectors.summingInt(added -> added ? 1 : 0));
    }

    private static void logProgress(int done, int total) {
        if (done % 10 == 0 || done == total) {
            LOG.infof("Demo data: %d/%d regions", done, total);
        }
    }

    private Uni<Boolean> seedIfAbsent(DemoRegion region) {
        return exists(region.code()).flatMap(exists -> exists
                ? Uni.createFrom().item(false)
                : Panache.withTransaction(() -> seedRegion(region)).replaceWith(true));
    }

    @WithTransaction
    Uni<Boolean> exists(String code) {
        return regionRepository.findById(code).map(r -> r != null);
    }

    /** One transaction per region: the services' own transactions join it, so a region is seeded whole or not. */
    private Uni<Void> seedRegion(DemoRegion r) {
        return regions.register(SEEDER, new RegionRegistration(r.code(), r.name(), r.tranche(), r.admittedOn(),
                        r.adviceReference()), true)
                .call(() -> regions.updatePlan(SEEDER, r.code(), new PlanUpdate(r.name(), r.planDuurzaam(),
                        r.planDekkend(), r.planKwalitatief())))
                .call(() -> each(r.partners(), p -> partners.join(SEEDER, r.code(), new PartnerAdmission(
                        p.identifierType(), p.identifier(), p.name(), p.municipality(), p.role(), p.joinedOn()))))
                .call(() -> each(List.copyOf(r.grants().entrySet()),
                        g -> grants.award(SEEDER, r.code(), g.getKey(), g.getValue())))
                .call(() -> each(r.contacts(), c -> contacts.add(SEEDER, r.code(),
                        new ContactDetails(c.name(), c.email(), c.role(), c.language()))))
                .call(() -> each(r.cofinancing(), c -> seedCofinancing(r.code(), c)))
                .replaceWithVoid();
    }

    private Uni<Void> seedCofinancing(String regionCode, DemoCofinancing c) {
        Caller business = new Caller(Audience.BUSINESS, "demo-data", "Demo data", c.kvk(), Set.of());
        Uni<?> stated = cofinancing.state(business, regionCode, c.kvk(), c.year(), c.amount(), c.kind());
        return (c.confirmed() ? stated.call(() -> cofinancing.confirm(business, regionCode, c.kvk(), c.year()))
                : stated).replaceWithVoid();
    }

    private static <T> Uni<Void> each(List<T> items, Function<T, Uni<?>> action) {
        return Multi.createFrom().iterable(items).onItem().transformToUniAndConcatenate(action)
                .collect().last().replaceWithVoid();
    }
}
