package nl.sto.commontest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.sto.devstack.DevstackTestResource;

/** Plain SQL on the service's own test database, for checks a user cannot make through the API. */
public final class Database {

    private Database() {
    }

    public static long count(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    /** A query whose rows are (name, count), e.g. one count per table, as a map in the order of its rows. */
    public static Map<String, Long> counts(String sql, Object... parameters) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters);
                ResultSet result = statement.executeQuery()) {
            while (result.next()) {
                counts.put(result.getString(1), result.getLong(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }

    /** The names of the service's tables. */
    public static List<String> tables() {
        return List.copyOf(counts("""
                SELECT table_name, 0 FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name""").keySet());
    }

    /** Sets up a situation that another service's events would create, where the test cannot wait for those. */
    public static int update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Update failed: " + sql, e);
        }
    }

    /** A connection of the test's own, for a transaction it holds open while the service works. */
    public static Connection connect() throws SQLException {
        String url = DevstackTestResource.postgres().jdbcUrl(DevstackTestResource.DATABASE);
        return DriverManager.getConnection(url, "postgres", "postgres");
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
