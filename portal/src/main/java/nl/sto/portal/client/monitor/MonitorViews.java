package nl.sto.portal.client.monitor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import nl.sto.portal.client.reports.Names;

/** What monitor-service answers (see monitor-service/README.md), as far as the portal's pages show it. */
public final class MonitorViews {

    private MonitorViews() {
    }

    /**
     * A region's own figures for its reports: each indicator's latest school year beside the national value, and the
     * paragraph in both languages a report section can start from.
     */
    public record RegionFigures(String region, List<RegionFigure> figures, Names text) {

        public RegionFigures {
            figures = figures == null ? List.of() : List.copyOf(figures);
            text = text == null ? Names.NONE : text;
        }
    }

    /** One indicator of a region; {@code unit} as the indicator's ("percent", "percent change", "locations"). */
    public record RegionFigure(String id, Names title, String unit, String schoolYear, double value, long numerator,
            long denominator, Double national) {

        public RegionFigure {
            title = title == null ? Names.NONE : title;
        }
    }

    /** An indicator with its written definition; more of them appear without the portal knowing them. */
    public record Indicator(String id, Names title, Names definition, Names source, Names referenceDate,
            String unit, String breakdownBy) {

        public Indicator {
            title = title == null ? Names.NONE : title;
            definition = definition == null ? Names.NONE : definition;
            source = source == null ? Names.NONE : source;
            referenceDate = referenceDate == null ? Names.NONE : referenceDate;
        }
    }

    /**
     * An indicator's figure for one school year, nationally or for one region. {@code value} is null with
     * {@code missing} (a school year the figure needs and the data lacks) or {@code note} saying why, in English, with
     * {@code noteCode} ({@code no-open-data}, {@code needs-import}) for the portal to say it in the page's language.
     */
    public record IndicatorValue(String id, String schoolYear, String region, String unit, Double value,
            long numerator, long denominator, List<Part> breakdown, List<String> schoolYears, String missing,
            String note, String noteCode) {

        public IndicatorValue {
            breakdown = breakdown == null ? List.of() : List.copyOf(breakdown);
            schoolYears = schoolYears == null ? List.of() : List.copyOf(schoolYears);
        }
    }

    /** One part of an indicator's breakdown (a leerweg, technical or not); {@code value} null with nobody counted. */
    public record Part(String key, Double value, long numerator, long denominator) {
    }

    /** One import of a file and how far it is; {@code percent} 100 once it is no longer running. */
    public record ImportRun(String id, String kind, String fileName, String schoolYear, String status, long rowsRead,
            long rowsAccepted, long rowsRejected, long fileBytes, long fileLines, String startedBy,
            OffsetDateTime startedAt, OffsetDateTime finishedAt, String error, List<Rejection> rejections,
            int percent) {

        public static final String RUNNING = "running";

        public ImportRun {
            rejections = rejections == null ? List.of() : List.copyOf(rejections);
        }

        public boolean running() {
            return RUNNING.equals(status);
        }
    }

    public record Rejection(long line, String reason) {
    }

    /** The counts per state of a set of obligations and the on-time rate (null while none is decided). */
    public record StateCounts(long obligations, Map<String, Long> states, long onTime, long decided,
            Double onTimeRate) {

        public StateCounts {
            states = states == null ? Map.of() : Map.copyOf(states);
        }

        public long count(String state) {
            return states.getOrDefault(state, 0L);
        }
    }

    public record ComplianceSummary(LocalDate today, StateCounts national, List<SummaryObligation> obligations) {

        public ComplianceSummary {
            obligations = obligations == null ? List.of() : List.copyOf(obligations);
        }
    }

    /** One obligation of a regulation (a kind with one due date) as its regions stand. */
    public record SummaryObligation(String regulationId, String kind, Names kindName, LocalDate dueDate,
            StateCounts counts) {
    }

    public record RegionAtRisk(String region, String name, String severity, List<Risk> risks) {

        public RegionAtRisk {
            risks = risks == null ? List.of() : List.copyOf(risks);
        }
    }

    /** {@code reason}: overdue, reminders-failing or due-soon-without-draft. */
    public record Risk(String reason, String obligationId, String regulationId, String kind, LocalDate dueDate,
            Long daysLeft) {
    }

    public record ComplianceBoard(LocalDate today, List<ObligationCompliance> obligations) {

        public ComplianceBoard {
            obligations = obligations == null ? List.of() : List.copyOf(obligations);
        }
    }

    public record ObligationCompliance(String obligationId, String region, String regionName, String regulationId,
            String kind, Names kindName, String state, Boolean onTime, LocalDate dueDate, Integer dueDateVersion,
            String dueDateReason, OffsetDateTime draftStartedAt, OffsetDateTime submittedAt,
            OffsetDateTime lastSubmittedAt, OffsetDateTime returnedAt, OffsetDateTime acceptedAt,
            Reminders reminders) {
    }

    public record Reminders(long delivered, long failed, boolean failing) {
    }

    /** Co-financing against the grant per region of {@code year} (null: every year), {@code national} totals. */
    public record CofinancingReport(Integer year, List<RegionFunding> regions, Funding national) {

        public CofinancingReport {
            regions = regions == null ? List.of() : List.copyOf(regions);
        }
    }

    public record RegionFunding(String region, String name, Funding funding) {
    }

    public record Funding(BigDecimal granted, BigDecimal money, BigDecimal inKind, BigDecimal realised,
            Double percentOfGrant, long confirmations) {
    }

    /** An event of the log as a structured CloudEvent with its position; {@code subject} is the region code. */
    public record LoggedEvent(String id, String type, String source, String subject, OffsetDateTime time,
            JsonNode data, long position) {
    }

    /** A webhook subscription; {@code secret} only in the answer that made or rotated it. */
    public record Subscription(String id, String url, String description, String contactEmail, JsonNode filters,
            String status, String statusReason, OffsetDateTime statusChangedAt, long position,
            OffsetDateTime failingSince, OffsetDateTime lastSuccessAt, String owner, OffsetDateTime createdAt,
            OffsetDateTime previousSecretValidUntil, String secret) {

        /** Paused or disabled: resuming goes on from where it stopped. */
        public boolean resumable() {
            return "paused".equals(status) || "disabled".equals(status);
        }
    }

    public record SubscriptionRequest(String url, String description, String contactEmail, List<JsonNode> filters) {
    }

    public record Delivery(String id, String eventId, long position, String eventType, String cause, String replayId,
            String status, int attempts, OffsetDateTime createdAt, OffsetDateTime firstAttemptAt,
            OffsetDateTime lastAttemptAt, OffsetDateTime nextAttemptAt) {
    }

    public record Attempt(int attempt, OffsetDateTime at, Integer httpStatus, String error, int durationMs) {
    }

    public record DeliveryDetail(Delivery delivery, List<Attempt> attempts) {

        public DeliveryDetail {
            attempts = attempts == null ? List.of() : List.copyOf(attempts);
        }
    }

    /** Replay from a time or from a position (included); one of the two. */
    public record ReplayRequest(String since, Long fromPosition) {
    }

    public record Replay(String id, String subscriptionId, String status, OffsetDateTime since, long fromPosition,
            long upTo, long scannedTo, long done, long total, long sent, OffsetDateTime requestedAt,
            OffsetDateTime finishedAt) {

        public boolean running() {
            return "running".equals(status);
        }

        /** How far it is, 0-100. */
        public int percent() {
            if (!running()) {
                return 100;
            }
            return total <= 0 ? 0 : (int) Math.min(99, done * 100 / total);
        }
    }
}
