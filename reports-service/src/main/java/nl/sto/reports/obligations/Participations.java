package nl.sto.reports.obligations;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.reports.obligations.ObligationSchedule.Derived;
import nl.sto.reports.obligations.ObligationSchedule.Participant;
import nl.sto.reports.obligations.ObligationWriter.Written;
import nl.sto.reports.regulation.KindDefinition;
import nl.sto.reports.regulation.Regulation;
import nl.sto.reports.regulation.RegulationVersion;

/** Who takes part in a regulation and what each owes: planned for a preview, written when it becomes true. */
@ApplicationScoped
public class Participations {

    /** What a regulation means for a set of admitted regions: the obligations owed and those due before admission. */
    public record Plan(Map<Participant, List<Derived>> owed, List<NotOwed> notOwed) {

        public int obligations() {
            return owed.values().stream().mapToInt(List::size).sum();
        }
    }

    public record NotOwed(String regionCode, Derived derived) {
    }

    private final ObligationWriter writer;

    public Participations(ObligationWriter writer) {
        this.writer = writer;
    }

    public static Plan plan(Regulation regulation, List<KindDefinition> kinds, List<RegulationVersion> versions,
            List<Admission> admissions) {
        Map<Participant, List<Derived>> owed = new LinkedHashMap<>();
        List<NotOwed> notOwed = new ArrayList<>();
        for (Admission admission : admissions) {
            if (!ObligationSchedule.takesPart(regulation, admission)) {
                continue;
            }
            Participant participant = Participant.of(regulation, admission);
            List<Derived> owes = new ArrayList<>();
            for (Derived derived : ObligationSchedule.all(regulation, kinds, versions, participant)) {
                if (ObligationSchedule.isOwed(derived, participant)) {
                    owes.add(derived);
                } else {
                    notOwed.add(new NotOwed(admission.regionCode, derived));
                }
            }
            owed.put(participant, owes);
        }
        return new Plan(owed, notOwed);
    }

    /** The regions join the (published) regulation; call it inside the caller's transaction. */
    public Uni<Written> join(Regulation regulation, List<KindDefinition> kinds, List<RegulationVersion> versions,
            List<Admission> admissions, OffsetDateTime now) {
        return writer.write(regulation, plan(regulation, kinds, versions, admissions).owed(), now);
    }
}
