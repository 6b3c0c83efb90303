package nl.sto.common.changes;

import java.time.Duration;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.pgclient.pubsub.PgSubscriber;
import io.vertx.pgclient.PgConnectOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Holds one database connection that LISTENs on the channel of every {@link CachedTable} of this service and
 * passes each notification on. A lost connection makes every copy stop trusting itself at once, and is tried
 * again every second for as long as it takes.
 */
@ApplicationScoped
public class TableChangeListener {

    private static final Logger LOG = Logger.getLogger(TableChangeListener.class);
    private static final Duration RETRY = Duration.ofSeconds(1);

    private final Vertx vertx;
    private final Instance<CachedTable> copies;
    private final PgConnectOptions database;
    private PgSubscriber subscriber;

    public TableChangeListener(Vertx vertx, @Any Instance<CachedTable> copies,
            @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.vertx = vertx;
        this.copies = copies;
        this.database = PgConnectOptions.fromUri(url).setUser(user).setPassword(password);
    }

    void start(@Observes StartupEvent started) {
        subscriber = PgSubscriber.subscriber(vertx, database).reconnectPolicy(this::connectionLost);
        for (CachedTable copy : copies) {
            subscriber.channel(copy.channel())
                    .handler(copy::changed)
                    .subscribeHandler(() -> copy.listening(true));
        }
        connect();
    }

    void stop(@Observes ShutdownEvent stopping) {
        subscriber.closeAndForget();
    }

    private void connect() {
        subscriber.connect().subscribe().with(connected -> LOG.debug("Listening for table changes"), failure -> {
            LOG.warnf("Cannot listen for table changes yet (%s); the caches read the database meanwhile",
                    failure.getMessage());
            vertx.setTimer(RETRY.toMillis(), timer -> connect());
        });
    }

    /** The subscriber asks this at every lost connection and failed reconnect: the moment to stop trusting. */
    private Long connectionLost(Integer attempt) {
        if (attempt == 0) {
            LOG.warn("Lost the connection that listens for table changes; the caches read the database meanwhile");
        }
        copies.forEach(copy -> copy.listening(false));
        return RETRY.toMillis();
    }
}
