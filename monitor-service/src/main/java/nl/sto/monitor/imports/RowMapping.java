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

    /**
     * The rows one record becomes (most kinds one; a file with a column group per school year one per year), each with
     * its values in the order of {@link #copyTarget()}, null for SQL NULL.
     */
    List<List<String>> convert(DuoCsv.Record record) throws RejectedRow;

    /**
     * Whether the rows change what the reachability of technical education is computed from, and for which school
     * year: null for every year.
     */
    default Reach reach() {
        return Reach.UNCHANGED;
    }

    /** Which school years' reachability an import changes. */
    record Reach(boolean changed, String schoolYear) {

        static final Reach UNCHANGED = new Reach(false, null);
        static final Reach EVERY_YEAR = new Reach(true, null);

        static Reach of(String schoolYear) {
            return new Reach(true, schoolYear);
        }
    }

    /** A record that cannot be imported, and why (said to the person who uploaded the file). */
    final class RejectedRow extends Exception {

        RejectedRow(String reason) {
            super(reason, null, false, false);
        }
    }
}
