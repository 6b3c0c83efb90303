package nl.sto.monitor.imports;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into a table with {@code COPY ... FROM STDIN}, PostgreSQL's bulk load, in its text format. Rows are
 * sent in blocks of about 64 KB, so a file of any size needs no more memory than one block.
 */
final class CopyStream implements AutoCloseable {

    private static final int BLOCK = 1 << 16;

    private final CopyIn copy;
    private final ByteArrayOutputStream block = new ByteArrayOutputStream(BLOCK + 4096);
    private final StringBuilder line = new StringBuilder(512);

    CopyStream(Connection connection, String target) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + target + " FROM STDIN");
    }

    void write(List<String> values) throws SQLException {
        line.setLength(0);
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append('\t');
            }
            append(values.get(i));
        }
        line.append('\n');
        block.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        if (block.size() >= BLOCK) {
            flush();
        }
    }

    /** Sends what is left and ends the load; how many rows PostgreSQL took. */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void append(String value) {
        if (value == null) {
            line.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> line.append("\\\\");
                case '\t' -> line.append("\\t");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                default -> line.append(c);
            }
        }
    }

    private void flush() throws SQLException {
        if (block.size() > 0) {
            copy.writeToCopy(block.toByteArray(), 0, block.size());
            block.reset();
        }
    }
}
