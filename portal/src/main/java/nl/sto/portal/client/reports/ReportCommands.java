package nl.sto.portal.client.reports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The request bodies of reports-service's report operations, one per section shape, and the review. */
public final class ReportCommands {

    private ReportCommands() {
    }

    public record Aim(String activities, String results) {
    }

    public record Text(String text) {
    }

    public record AmountsPerYear(List<YearAmount> years, String explanation) {
    }

    public record YearAmount(Integer year, BigDecimal amount) {
    }

    /** {@code decision} ACCEPT or RETURN; {@code comments} by section key, at least one for a return. */
    public record Review(String decision, String summary, Map<String, String> comments) {
    }
}
