package nl.sto.common.changes;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rows of a table held in memory by the key that the table's trigger notifies. A value read from the database is
 * remembered only if no change arrived while the read ran, so that a slow read never puts back what a change has
 * just removed; nothing is answered from memory while not listening.
 */
public abstract class CachedRows<V> implements CachedTable {

    private final Map<String, V> rows = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private final int maxRows;
    private volatile boolean listening;

    /** {@code maxRows}: a bound against junk keys; reaching it starts the copy afresh. */
    protected CachedRows(int maxRows) {
        this.maxRows = maxRows;
    }

    /** What memory knows under the key; empty when it must be read from the database. */
    protected Optional<V> find(String key) {
        return listening ? Optional.ofNullable(rows.get(key)) : Optional.empty();
    }

    /** Taken before a database read and handed back to {@link #remember}. */
    public long changesSoFar() {
        return changes.get();
    }

    protected void remember(String key, V value, long changesBeforeRead) {
        if (!listening) {
            return;
        }
        if (rows.size() >= maxRows) {
            rows.clear();
        }
        rows.put(key, value);
        if (changes.get() != changesBeforeRead) {
            rows.remove(key);
        }
    }

    @Override
    public void changed(String key) {
        changes.incrementAndGet();
        rows.remove(key);
    }

    @Override
    public void listening(boolean listening) {
        this.listening = listening;
        changes.incrementAndGet();
        rows.clear();
    }
}
