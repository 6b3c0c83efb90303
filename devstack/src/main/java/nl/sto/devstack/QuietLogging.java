package nl.sto.devstack;

import org.jboss.logmanager.LogContext;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Kafka's broker logs hundreds of INFO lines per start. Its SLF4J calls land in JBoss LogManager (through
 * slf4j-jboss-logmanager, the binding Quarkus uses too), so the levels are set there; a level configured
 * already (e.g. {@code quarkus.log.category."kafka".level}) is left alone.
 */
final class QuietLogging {

    private static final List<String> KAFKA_CATEGORIES = List.of("kafka", "org.apache.kafka", "state.change.logger");

    /** Keeps the configured loggers reachable: log managers may hold loggers only weakly. */
    private static final List<Object> KEEP = new CopyOnWriteArrayList<>();

    private QuietLogging() {
    }

    static void kafka() {
        for (String category : KAFKA_CATEGORIES) {
            warnUnlessConfigured(LogContext.getLogContext().getLogger(category));
            warnUnlessConfigured(Logger.getLogger(category));
        }
    }

    private static void warnUnlessConfigured(Logger logger) {
        if (logger.getLevel() == null) {
            logger.setLevel(Level.WARNING);
            KEEP.add(logger);
        }
    }
}
