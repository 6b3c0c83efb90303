package nl.sto.contracts.regulation;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code nl.sto.regulation.published.v1} on {@code sto.regulation.v1}: the ministry published a regulation (a
 * programme period) with the obligation kinds it sets; {@code obligationsCreated} counts the
 * {@code obligation.created} events of the regions taking part that the same transaction recorded. Keyed and
 * subjected by the regulation's id.
 */
public record RegulationPublished(String regulationId, String title, String legalReference, LocalDate periodFrom,
        LocalDate periodTo, LocalDate publishedOn, LocalDate effectiveOn, boolean demo, List<Kind> kinds,
        int regions, int obligationsCreated) {

    public record Kind(String code, Names name, boolean report) {
    }
}
