package nl.sto.contracts.regulation;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code nl.sto.amendment.published.v1} on {@code sto.regulation.v1}: the ministry published a new version of the
 * regulation and applied it. Keyed and subjected by the regulation's id. {@code obligationsChanged} counts the
 * {@code deadline.changed} events that the same transaction recorded.
 */
public record AmendmentPublished(String regulationId, int version, String legalReference, LocalDate publishedOn,
        LocalDate effectiveOn, List<DeadlineChange> changes, int obligationsChanged) {
}
