package nl.sto.devstack;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresServerTest {

    @Test
    void createsDatabaseIdempotentlyAndAnswersQueries() throws SQLException {
        try (PostgresServer postgres = PostgresServer.start(0, null)) {
            postgres.createDatabase("regions");
            postgres.createDatabase("regions");

            assertThat(postgres.reactiveUrl("regions")).isEqualTo("postgresql://127.0.0.1:" + postgres.port() + "/regions");
            assertThat(postgres.jdbcUrl("regions")).isEqualTo("jdbc:postgresql://127.0.0.1:" + postgres.port() + "/regions");
            try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("regions"), "postgres", "postgres");
                 Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT current_database(), current_setting('server_version_num')::int")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("regions");
                assertThat(rs.getInt(2)).isGreaterThanOrEqualTo(170000);
            }
        }
    }

    @Test
    void keepsDataInAGivenDataDirAcrossRestarts() throws SQLException {
        Path dataDir = DevstackDirs.newRunDir("pg-test").resolve("data");
        try {
            int port;
            try (PostgresServer postgres = PostgresServer.start(0, dataDir)) {
                port = postgres.port();
                postgres.createDatabase("reports");
                execute(postgres.jdbcUrl("reports"), "CREATE TABLE kept (v text)", "INSERT INTO kept VALUES ('still here')");
            }
            try (PostgresServer postgres = PostgresServer.start(port, dataDir)) {
                postgres.createDatabase("reports");
                try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("reports"), "postgres", "postgres");
                     Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("SELECT v FROM kept")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("still here");
                }
            }
        } finally {
            DevstackDirs.deleteQuietly(dataDir.getParent());
        }
    }

    private static void execute(String jdbcUrl, String... sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            for (String s : sql) {
                statement.execute(s);
            }
        }
    }
}
