package nl.sto.monitor.imports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import nl.sto.common.problem.ProblemException;
import nl.sto.monitor.imports.ImportRun.Rejection;

/**
 * The import runs, over JDBC: an import loads with {@code COPY}, which only JDBC speaks, and records its end in the
 * same transaction as its rows.
 */
@ApplicationScoped
public class ImportRepository {

    private static final String COLUMNS = "id, kind, file_name, school_year, status, rows_read, rows_accepted, "
            + "rows_rejected, file_bytes, file_lines, started_by, started_at, finished_at, error";
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource db;

    public ImportRepository(DataSource db) {
        this.db = db;
    }

    /** A new run; 409 when the same kind of file for the same school year is being imported already. */
    public void create(UUID id, DuoFileKind kind, String fileName, String schoolYear, String sha256, String status,
            long fileBytes, long fileLines, String by, OffsetDateTime now) {
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO import_run (id, kind, file_name, school_year, sha256, status, file_bytes, file_lines,
                                        started_by, started_at, finished_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            insert.setObject(1, id);
            insert.setString(2, kind.value());
            insert.setString(3, fileName);
            insert.setString(4, schoolYear);
            insert.setString(5, sha256);
            insert.setString(6, status);
            insert.setLong(7, fileBytes);
            insert.setLong(8, fileLines);
            insert.setString(9, by);
            insert.setObject(10, now);
            insert.setObject(11, ImportRun.RUNNING.equals(status) ? null : now);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw ProblemException.conflict("file", "a " + kind.value() + " file"
                        + (schoolYear == null ? "" : " of school year " + schoolYear) + " is being imported; "
                        + "try again when it is done");
            }
            throw new IllegalStateException("The import could not be recorded", e);
        }
    }

    /** The fingerprint of the last file of this kind and school year that was imported whole. */
    public Optional<String> lastImported(DuoFileKind kind, String schoolYear) {
        try (Connection c = db.getConnection(); PreparedStatement select = c.prepareStatement("""
                SELECT sha256 FROM import_run WHERE kind = ? AND school_year IS NOT DISTINCT FROM ?
                  AND status IN ('done', 'unchanged')
                ORDER BY started_at DESC LIMIT 1""")) {
            select.setString(1, kind.value());
            select.setString(2, schoolYear);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Earlier imports could not be read", e);
        }
    }

    /** How far a run is, on a connection of its own, so that the portal sees it while the import's work is open. */
    public void progress(Connection own, UUID id, ImportCounts counts) throws SQLException {
        try (PreparedStatement update = own.prepareStatement(
                "UPDATE import_run SET rows_read = ?, rows_accepted = ?, rows_rejected = ? WHERE id = ?")) {
            update.setLong(1, counts.read());
            update.setLong(2, counts.accepted());
            update.setLong(3, counts.rejected());
            update.setObject(4, id);
            update.executeUpdate();
        }
    }

    /** The run's end and rejections, in the transaction that holds its rows. */
    public void finish(Connection tx, UUID id, ImportCounts counts, List<Rejection> rejections,
            OffsetDateTime now) throws SQLException {
        try (PreparedStatement update = tx.prepareStatement("""
                UPDATE import_run SET status = 'done', rows_read = ?, rows_accepted = ?, rows_rejected = ?,
                       finished_at = ? WHERE id = ?""");
                PreparedStatement insert = tx.prepareStatement(
                        "INSERT INTO import_rejection (run_id, line, reason) VALUES (?, ?, ?)")) {
            update.setLong(1, counts.read());
            update.setLong(2, counts.accepted());
            update.setLong(3, counts.rejected());
            update.setObject(4, now);
            update.setObject(5, id);
            update.executeUpdate();
            for (Rejection rejection : rejections) {
                insert.setObject(1, id);
                insert.setLong(2, rejection.line());
                insert.setString(3, rejection.reason());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    public void fail(UUID id, String error, OffsetDateTime now) {
        try (Connection c = db.getConnection(); PreparedStatement update = c.prepareStatement(
                "UPDATE import_run SET status = 'failed', error = ?, finished_at = ? WHERE id = ?")) {
            update.setString(1, error);
            update.setObject(2, now);
            update.setObject(3, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The failed import could not be recorded", e);
        }
    }

    /** The latest runs first. */
    public List<ImportRun> latest(int limit) {
        try (Connection c = db.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM import_run ORDER BY started_at DESC, id LIMIT ?")) {
            select.setInt(1, limit);
            List<ImportRun> runs = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    runs.add(run(rows, List.of()));
                }
            }
            return runs;
        } catch (SQLException e) {
            throw new IllegalStateException("The imports could not be read", e);
        }
    }

    /** One run with its first rejections, in line order. */
    public Optional<ImportRun> find(UUID id, int rejections) {
        try (Connection c = db.getConnection();
                PreparedStatement run = c.prepareStatement("SELECT " + COLUMNS + " FROM import_run WHERE id = ?");
                PreparedStatement rejected = c.prepareStatement(
                        "SELECT line, reason FROM import_rejection WHERE run_id = ? ORDER BY line LIMIT ?")) {
            run.setObject(1, id);
            rejected.setObject(1, id);
            rejected.setInt(2, rejections);
            List<Rejection> found = new ArrayList<>();
            try (ResultSet rows = rejected.executeQuery()) {
                while (rows.next()) {
                    found.add(new Rejection(rows.getLong(1), rows.getString(2)));
                }
            }
            try (ResultSet rows = run.executeQuery()) {
                return rows.next() ? Optional.of(run(rows, found)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The import could not be read", e);
        }
    }

    private static ImportRun run(ResultSet row, List<Rejection> rejections) throws SQLException {
        return new ImportRun(row.getObject("id", UUID.class), row.getString("kind"), row.getString("file_name"),
                row.getString("school_year"), row.getString("status"), row.getLong("rows_read"),
                row.getLong("rows_accepted"), row.getLong("rows_rejected"), row.getLong("file_bytes"),
                row.getLong("file_lines"), row.getString("started_by"), time(row, "started_at"),
                time(row, "finished_at"), row.getString("error"), rejections);
    }

    private static OffsetDateTime time(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant().atOffset(ZoneOffset.UTC);
    }
}
