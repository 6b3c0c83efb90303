package nl.sto.common.changes;

/**
 * An in-memory copy of (part of) a table that PostgreSQL keeps current: a trigger on the table notifies
 * {@link #channel()} with the changed row's key at every commit, in whichever replica or tool made the change.
 * A copy may answer from memory only while it is listening; while not, it must read the database.
 */
public interface CachedTable {

    /** The LISTEN/NOTIFY channel that the table's trigger notifies. */
    String channel();

    /** The row (or rows) with this key changed: read them again next time. */
    void changed(String key);

    /**
     * Listening starts (or starts again after a lost connection: changes may have been missed, so the copy starts
     * empty) or stops (the copy must not be trusted until listening starts again).
     */
    void listening(boolean listening);
}
