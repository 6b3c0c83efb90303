package nl.sto.monitor.imports;

import java.util.List;

import nl.sto.common.duo.DuoCsv;

/**
 * How the records of one kind of file become rows: first into a staging table (PostgreSQL's bulk load), then, in
 * the same transaction, merged into the table the indicators read.
 */
interface RowMapping {

    /** The temporary table the rows are loaded into; dropped at commit. */
    String createStage();

    /** The staging table's name and columns, as {@code COPY} names them. */
    String copyTarget();

    /** Moves the staged rows into place; replaces what an earlier import of the same data put there. */
    List<String> merge();

    /** The values of one record in the order of {@link #copyTarget()}, null for SQL NULL. */
    List<String> convert(DuoCsv.Record record) throws RejectedRow;

    /** A record that cannot be imported, and why (said to the person who uploaded the file). */
    final class RejectedRow extends Exception {

        RejectedRow(String reason) {
            super(reason, null, false, false);
        }
    }
}
