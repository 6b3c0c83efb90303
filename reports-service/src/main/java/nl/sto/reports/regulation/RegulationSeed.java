package nl.sto.reports.regulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import nl.sto.common.problem.ProblemException;
import nl.sto.common.security.Audience;
import nl.sto.common.security.Caller;

import org.jboss.logging.Logger;

/**
 * Publishes, at start-up and once, what the ministry published before the platform held it: the 2023 amendment of
 * 2020-2023 and the 2025-2028 regulation (src/main/resources/regulations, with their sources). Through the same
 * services as the ministry's own, so regions already admitted get their obligations and events. Another replica
 * seeding at the same time loses the race with a 409, which is the same outcome.
 */
@ApplicationScoped
public class RegulationSeed {

    private static final Logger LOG = Logger.getLogger(RegulationSeed.class);
    static final String AMENDMENT_2023 = "regulations/sto-2020-2023-amendment-2023.json";
    static final String REGULATION_2025 = "regulations/sto-2025-2028.json";
    static final String FIRST_REGULATION = "STO-2020-2023";
    static final Caller SEEDER = new Caller(Audience.MINISTRY, "regulation-seed", "Regulation seed", null, Set.of());

    private final RegulationService regulations;
    private final AmendmentService amendments;
    private final RegulationVersionRepository versions;
    private final RegulationRepository regulationRepository;
    private final ObjectMapper json;

    RegulationSeed(RegulationService regulations, AmendmentService amendments, RegulationVersionRepository versions,
            RegulationRepository regulationRepository, ObjectMapper json) {
        this.regulations = regulations;
        this.amendments = amendments;
        this.versions = versions;
        this.regulationRepository = regulationRepository;
        this.json = json;
    }

    void seedAtStart(@Observes StartupEvent startup) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> seed());
    }

    public Uni<Void> seed() {
        Amendment amendment = read(AMENDMENT_2023, Amendment.class);
        RegulationDraft regulation = read(REGULATION_2025, RegulationDraft.class);
        return Panache.withSession(() -> versions.countWithReference(amendment.legalReference()))
                .flatMap(count -> count > 0 ? Uni.createFrom().voidItem()
                        : amendments.publish(SEEDER, FIRST_REGULATION, amendment).invoke(published -> LOG.infof(
                                "Seeded %s: %d obligations moved", published.legalReference(),
                                published.obligationsChanged())).replaceWithVoid())
                .onFailure(RegulationSeed::lostRace).recoverWithNull()
                .chain(() -> publishOnce(regulation, false));
    }

    /** Drafts and publishes in one transaction, unless a regulation with that id exists already. */
    public Uni<Void> publishOnce(RegulationDraft draft, boolean demo) {
        return Panache.withSession(() -> regulationRepository.findById(draft.id()))
                .flatMap(existing -> existing != null ? Uni.createFrom().voidItem()
                        : Panache.withTransaction(() -> regulations.draft(SEEDER, draft, demo)
                                .chain(() -> regulations.publish(SEEDER, draft.id())))
                                .invoke(published -> LOG.infof("Seeded %s: %d regions, %d obligations",
                                        published.regulationId(), published.regions(),
                                        published.obligationsCreated()))
                                .replaceWithVoid())
                .onFailure(RegulationSeed::lostRace).recoverWithNull();
    }

    private static boolean lostRace(Throwable failure) {
        return failure instanceof ProblemException problem && problem.problem().status() == 409;
    }

    private <T> T read(String resource, Class<T> type) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
