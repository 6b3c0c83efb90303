package nl.sto.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL 17 server from zonky's embedded binaries (they ship inside Maven jars, so no Docker and no
 * system package is needed, and it works as root). The server trusts local connections, so user
 * {@code postgres} with password {@code postgres} (or any password) is accepted.
 */
public final class PostgresServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(PostgresServer.class.getName());
    private static final Pattern DB_NAME = Pattern.compile("[a-z_][a-z0-9_]*");

    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on 127.0.0.1.
     *
     * @param port    the port, or 0 for a free one
     * @param dataDir where the cluster lives and survives restarts (the local run), or {@code null} for a
     *                throw-away cluster that is deleted on {@link #close()} (tests)
     */
    public static PostgresServer start(int port, Path dataDir) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // Binaries are unpacked once per base folder instead of /tmp/embedded-pg shared by everyone;
                // zonky guards the unpacking with a file lock, so parallel starts are safe.
                .setOverrideWorkingDirectory(DevstackDirs.base().resolve("embedded-pg").toFile())
                .setPGStartupWait(Duration.ofSeconds(60))
                // Enough for four services with reactive and JDBC pools each in the local run.
                .setServerConfig("max_connections", "300")
                .setServerConfig("timezone", "UTC")
                // What each statement costs, summed per statement (the view pg_stat_statements in the database
                // postgres): where a benchmark's time goes, without a profiler.
                .setServerConfig("shared_preload_libraries", "pg_stat_statements");
        if (port != 0) {
            builder.setPort(port);
        }
        if (dataDir != null) {
            builder.setDataDirectory(DevstackDirs.createDirectories(dataDir.toAbsolutePath()))
                    .setCleanDataDirectory(false);
        } else {
            // zonky would put it in java.io.tmpdir; it deletes the folder again on close.
            builder.setDataDirectory(DevstackDirs.newRunDir("postgres")).setCleanDataDirectory(true);
        }
        try {
            PostgresServer server = new PostgresServer(builder.start());
            server.setPassword();
            server.trackStatements();
            LOG.fine(() -> "PostgreSQL ready on 127.0.0.1:" + server.port());
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start", e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** Creates the database unless it exists; safe to call on every start of a persistent cluster. */
    public void createDatabase(String name) {
        if (!DB_NAME.matcher(name).matches()) {
            // CREATE DATABASE takes no bind parameters, so only plain identifiers are let through.
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + name);
            }
        } catch (SQLException e) {
            // Two callers racing: the loser sees duplicate_database (42P04), which is what it wanted anyway.
            if (!"42P04".equals(e.getSQLState())) {
                throw new IllegalStateException("Cannot create database " + name, e);
            }
        }
    }

    public String jdbcUrl(String db) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + db;
    }

    /** The URL form of the Vert.x reactive PostgreSQL client ({@code quarkus.datasource.reactive.url}). */
    public String reactiveUrl(String db) {
        return "postgresql://127.0.0.1:" + port() + "/" + db;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warning("PostgreSQL did not stop cleanly: " + e);
        }
    }

    private void trackStatements() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot track the cost of statements", e);
        }
    }

    /** Local connections are trusted anyway; the password makes a switch to md5/scram auth painless. */
    private void setPassword() {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER USER " + USER + " PASSWORD '" + PASSWORD + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set the postgres password", e);
        }
    }
}
