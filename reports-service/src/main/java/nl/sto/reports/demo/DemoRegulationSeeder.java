package nl.sto.reports.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import nl.sto.contracts.regulation.Names;
import nl.sto.reports.regulation.Due;
import nl.sto.reports.regulation.RegulationDraft;
import nl.sto.reports.regulation.RegulationDraft.KindDraft;
import nl.sto.reports.regulation.RegulationDraft.Period;
import nl.sto.reports.regulation.RegulationSeed;
import nl.sto.reports.sections.SectionSpec;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With demo data on ({@code sto.demo-data=true}, as {@code ./sto up} sets it), a practice regulation whose obligations
 * fall due 3, 20 and 70 days after the day it is first seeded, so that a fresh platform shows open obligations with
 * future dates. Seeded once: later starts keep its dates. Named as a demo everywhere, and marked {@code demo}.
 */
@ApplicationScoped
public class DemoRegulationSeeder {

    static final String ID = "DEMO-OEFENREGELING";

    private final RegulationSeed seed;
    private final Clock clock;
    private final boolean enabled;

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy",
            Locale.forLanguageTag("nl"));

    DemoRegulationSeeder(RegulationSeed seed, Clock clock, @ConfigProperty(name = "sto.demo-data") boolean enabled) {
        this.seed = seed;
        this.clock = clock;
        this.enabled = enabled;
    }

    void seedAtStart(@Observes StartupEvent startup) throws Throwable {
        if (enabled) {
            VertxContextSupport.subscribeAndAwait(() -> seed.publishOnce(draft(LocalDate.now(clock)), true));
        }
    }

    static RegulationDraft draft(LocalDate seededOn) {
        return new RegulationDraft(ID, "Demo: oefenregeling (geen echte regeling)",
                "Demo: oefenregeling van " + seededOn, seededOn, seededOn, new Period(seededOn, seededOn.plusYears(1)),
                "Demogegevens, geen regeling: bedacht toen de demogegevens van het platform voor het eerst werden "
                        + "geladen, op " + seededOn.format(DUTCH_DATE) + ", zodat een nieuw platform verplichtingen heeft waarvan de uiterste "
                        + "datum binnenkort komt (over 3, 20 en 70 dagen).",
                null, List.of(
                        kind("DEMO_PLAN", "Demo: activiteitenplan", "Demo: activity plan", "DEMO1", seededOn.plusDays(3),
                                List.of(catalogue("aim-duurzaam"), new SectionSpec("free-text", "demo-toelichting",
                                        new Names("Toelichting", "Explanation"), true))),
                        kind("DEMO_PROGRESS", "Demo: voortgangsrapportage", "Demo: progress report", "DEMO2",
                                seededOn.plusDays(20), List.of(catalogue("aim-duurzaam"), catalogue("aim-dekkend"),
                                        catalogue("aim-kwalitatief-hoogstaand"), catalogue("cofinancing-realised"))),
                        kind("DEMO_FINAL", "Demo: eindverslag", "Demo: final report", "DEMO3", seededOn.plusDays(70),
                                List.of(catalogue("spending-per-year"), catalogue("financial-accounting")))));
    }

    private static KindDraft kind(String code, String nl, String en, String abbreviation, LocalDate due,
            List<SectionSpec> sections) {
        return new KindDraft(code, new Names(nl, en), abbreviation, true, Due.fixed(due), sections);
    }

    private static SectionSpec catalogue(String type) {
        return new SectionSpec(type, null, null, true);
    }
}
