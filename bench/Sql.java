import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A minimal psql stand-in for bench/registry.sh on machines without psql: runs an SQL script (which may hold
 * several statements, DO blocks and EXPLAINs) against one database of the local platform and prints every result
 * row as its values joined by '|', without headers, like {@code psql -X -q -A -t}. Server notices go to stderr as
 * {@code NOTICE:  ...}. The PostgreSQL JDBC driver must be on the class path:
 *
 * <pre>
 * java -cp ~/.m2/repository/org/postgresql/postgresql/42.7.10/postgresql-42.7.10.jar bench/Sql.java \
 *     [--host 127.0.0.1] [--port 55432] [--user postgres] [--password postgres] --db regions \
 *     [--single-transaction] (--file script.sql | --command "SELECT 1")
 * </pre>
 *
 * With --single-transaction the whole script commits at the end or not at all (psql -1); without it every
 * statement commits on its own (needed for VACUUM). Exits 1 on the first SQL error, like psql -v ON_ERROR_STOP=1.
 */
public class Sql {

    public static void main(String[] args) throws Exception {
        String host = "127.0.0.1", port = "55432", user = "postgres", password = "postgres", db = null, sql = null;
        boolean singleTransaction = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--host" -> host = args[++i];
                case "--port" -> port = args[++i];
                case "--user" -> user = args[++i];
                case "--password" -> password = args[++i];
                case "--db" -> db = args[++i];
                case "--file" -> sql = Files.readString(Path.of(args[++i]));
                case "--command" -> sql = args[++i];
                case "--single-transaction" -> singleTransaction = true;
                default -> {
                    System.err.println("Sql: unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        if (db == null || sql == null) {
            System.err.println("Sql: --db and --file or --command are needed");
            System.exit(2);
        }
        String url = "jdbc:postgresql://" + host + ":" + port + "/" + db + "?ApplicationName=sto-bench";
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            c.setAutoCommit(!singleTransaction);
            try (Statement s = c.createStatement()) {
                boolean isResult = s.execute(sql);
                while (true) {
                    printWarnings(s.getWarnings());
                    s.clearWarnings();
                    if (isResult) {
                        try (ResultSet rs = s.getResultSet()) {
                            int columns = rs.getMetaData().getColumnCount();
                            while (rs.next()) {
                                List<String> values = new ArrayList<>(columns);
                                for (int k = 1; k <= columns; k++) {
                                    String v = rs.getString(k);
                                    values.add(v == null ? "" : v);
                                }
                                System.out.println(String.join("|", values));
                            }
                        }
                    } else if (s.getUpdateCount() == -1) {
                        break;
                    }
                    isResult = s.getMoreResults();
                }
            }
            if (singleTransaction) {
                c.commit();
            }
        } catch (SQLException e) {
            System.err.println("ERROR:  " + e.getMessage());
            System.exit(1);
        }
    }

    private static void printWarnings(SQLWarning w) {
        for (; w != null; w = w.getNextWarning()) {
            System.err.println("NOTICE:  " + w.getMessage());
        }
    }
}
