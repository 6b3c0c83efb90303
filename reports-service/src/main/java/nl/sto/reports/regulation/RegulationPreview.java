package nl.sto.reports.regulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import nl.sto.contracts.regulation.Names;
import nl.sto.reports.obligations.ObligationSchedule.Derived;
import nl.sto.reports.obligations.ObligationSchedule.Participant;
import nl.sto.reports.obligations.Participations;

/**
 * The dry run of publishing a draft: how many regions would take part and owe what, kind by kind; what they would
 * not owe because it fell due before their admission; and a sample of the obligations.
 */
public record RegulationPreview(String regulationId, int regions, int obligations, List<PerKind> perKind,
        List<Item> notOwed, List<Item> sample) {

    static final int SAMPLE = 200;

    public record PerKind(String code, Names name, List<LocalDate> dueDates, int obligations) {
    }

    public record Item(String regionCode, String code, LocalDate dueDate) {
    }

    static RegulationPreview of(Regulation regulation, List<KindDefinition> kinds, Participations.Plan plan) {
        List<PerKind> perKind = new ArrayList<>();
        for (KindDefinition kind : kinds) {
            TreeSet<LocalDate> dates = new TreeSet<>();
            int count = 0;
            for (List<Derived> owed : plan.owed().values()) {
                for (Derived d : owed) {
                    if (d.kind().code.equals(kind.code)) {
                        dates.add(d.dueDate());
                        count++;
                    }
                }
            }
            perKind.add(new PerKind(kind.code, kind.names(), List.copyOf(dates), count));
        }
        List<Item> sample = new ArrayList<>();
        for (Map.Entry<Participant, List<Derived>> entry : plan.owed().entrySet()) {
            for (Derived d : entry.getValue()) {
                if (sample.size() < SAMPLE) {
                    sample.add(new Item(entry.getKey().regionCode(), d.kind().code, d.dueDate()));
                }
            }
        }
        List<Item> notOwed = plan.notOwed().stream()
                .map(n -> new Item(n.regionCode(), n.derived().kind().code, n.derived().dueDate())).toList();
        return new RegulationPreview(regulation.id, plan.owed().size(), plan.obligations(), perKind, notOwed, sample);
    }
}
