package nl.sto.contracts;

/** Kafka topic names. Every event is keyed by region code so that one region's events stay in order. */
public final class Topics {
    public static final String REGIONS = "sto.regions.v1";
    public static final String REGULATION = "sto.regulation.v1";
    public static final String REPORTS = "sto.reports.v1";
    public static final String NOTIFICATIONS = "sto.notifications.v1";
    public static final String INDICATORS = "sto.indicators.v1";
    /** What happens to the monitor team's own things (webhook subscriptions), keyed by subscription id. */
    public static final String MONITOR = "sto.monitor.v1";

    private Topics() {
    }

    /** The dead-letter topic of one consumer group on one topic: {@code <topic>.dlq.<group>}. */
    public static String deadLetter(String topic, String consumerGroup) {
        return topic + ".dlq." + consumerGroup;
    }
}
