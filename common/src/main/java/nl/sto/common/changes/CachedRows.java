package nl.sto.common.changes;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import nl.sto.common.cache.LeastRecentlyUsed;

/**
 * Rows of a table held in memory by the key that the table's trigger notifies. A value read from the database is
 * remembered only if no change arrived while the read ran, so that a slow read never puts back what a change has
 * just removed; nothing is answered from memory while not listening.
 */
public abstract class CachedRows<V> implements CachedTable {

    private final LeastRecentlyUsed<String, V> rows;
    private final AtomicLong changes = new AtomicLong();
    private volatile boolean listening;

    /** {@code maxRows}: a bound against junk keys; beyond it the least recently used rows give way. */
    protected CachedRows(int maxRows) {
        this.rows = new LeastRecentlyUsed<>(maxRows);
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
