package nl.sto.commontest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import nl.sto.devstack.DevstackTestResource;

/** Plain SQL on the service's own test database, for checks a user cannot make through the API. */
public final class Database {

    private Database() {
    }

    public static long count(String sql, Object... parameters) {
        String url = DevstackTestResource.postgres().jdbcUrl(DevstackTestResource.DATABASE);
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
        }
    }
}
