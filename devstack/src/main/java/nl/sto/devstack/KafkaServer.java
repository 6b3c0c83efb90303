package nl.sto.devstack;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A real single-node Kafka 4 broker in KRaft mode (combined broker + controller) running in this JVM. The
 * storage is formatted with Kafka's own {@link Formatter} (what {@code kafka-storage.sh format} calls), then
 * {@link KafkaRaftServer} runs on it. {@link #stop()} and {@link #restart()} keep port and data, so a test can
 * take the broker away and bring it back.
 */
public final class KafkaServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(KafkaServer.class.getName());
    private static final int NODE_ID = 1;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final int port;
    private final int controllerPort;
    private final Path dir;
    private final boolean ownsDir;
    private final KafkaConfig config;
    private KafkaRaftServer server;

    private KafkaServer(int port, int controllerPort, Path dir, boolean ownsDir) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.dir = dir;
        this.ownsDir = ownsDir;
        this.config = new KafkaConfig(brokerProperties(), false);
    }

    /**
     * Starts a broker; the KRaft controller listens on {@code port + 1} (9093 next to 9092, as in the
     * conventions), or on a free port when {@code port} is 0.
     *
     * @param port the client port, or 0 for a free one
     * @param dir  where logs and metadata live and survive restarts, or {@code null} for a throw-away folder
     *             deleted on {@link #close()}
     */
    public static KafkaServer start(int port, Path dir) {
        return start(port, port == 0 ? 0 : port + 1, dir);
    }

    /** As {@link #start(int, Path)} with an explicit controller port (0 = free). */
    public static KafkaServer start(int port, int controllerPort, Path dir) {
        QuietLogging.kafka();
        Path dataDir = dir != null ? DevstackDirs.createDirectories(dir.toAbsolutePath()) : DevstackDirs.newRunDir("kafka");
        int clientPort = FreePorts.orFree(port);
        int quorumPort = controllerPort != 0 ? controllerPort : freePortOtherThan(clientPort);
        KafkaServer kafka = new KafkaServer(clientPort, quorumPort, dataDir, dir == null);
        kafka.formatIfNeeded();
        kafka.startBroker();
        return kafka;
    }

    public int port() {
        return port;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Shuts the broker down, keeping its data; {@link #restart()} brings it back on the same port. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
        LOG.fine(() -> "Kafka stopped on " + bootstrapServers());
    }

    /** Starts the broker again (stopping it first if needed) on the same port with the same data. */
    public synchronized void restart() {
        stop();
        startBroker();
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    @Override
    public synchronized void close() {
        try {
            stop();
        } finally {
            if (ownsDir) {
                DevstackDirs.deleteQuietly(dir);
            }
        }
    }

    private Properties brokerProperties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        // A static quorum of one voter: simpler than a dynamic quorum and needs no --standalone formatting.
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", dir.resolve("logs").toString());
        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", "3");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        // Internal topics must fit on one broker; fewer partitions also make the first consumer group faster.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        // Consumers in tests must not wait 3 s for a rebalance that never gets another member.
        p.put("group.initial.rebalance.delay.ms", "0");
        // Two cores: Kafka's thread defaults are sized for real servers.
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "2");
        p.put("background.threads", "2");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("log.cleaner.threads", "1");
        return p;
    }

    /** Formats the log dir once; a formatted dir (restart, persistent local run) is left as it is. */
    private void formatIfNeeded() {
        Path logs = dir.resolve("logs");
        if (Files.exists(logs.resolve("meta.properties"))) {
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(out, true, StandardCharsets.UTF_8))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(List.of(logs.toString()))
                    // metadata.log.dir is unset, so the metadata log lives in the (only) log dir.
                    .setMetadataLogDirectory(logs.toString())
                    .setControllerListenerName("CONTROLLER")
                    // No release version given: the Formatter picks the latest production metadata version.
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format Kafka storage in " + logs + ": "
                    + out.toString(StandardCharsets.UTF_8), e);
        }
    }

    private synchronized void startBroker() {
        KafkaRaftServer raftServer = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            raftServer.startup();
            awaitBrokerReady();
        } catch (RuntimeException e) {
            raftServer.shutdown();
            raftServer.awaitShutdown();
            throw e;
        }
        server = raftServer;
        LOG.fine(() -> "Kafka ready on " + bootstrapServers());
    }

    /** startup() returns before the broker is unfenced; a cluster description proves it serves clients. */
    private void awaitBrokerReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Map<String, Object> adminConfig = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (Admin admin = Admin.create(adminConfig)) {
            Exception last = null;
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for Kafka", e);
                } catch (Exception e) {
                    last = e;
                }
            }
            throw new IllegalStateException("Kafka did not become ready on " + bootstrapServers(), last);
        }
    }

    private static int freePortOtherThan(int port) {
        int candidate = FreePorts.free();
        while (candidate == port) {
            candidate = FreePorts.free();
        }
        return candidate;
    }
}
