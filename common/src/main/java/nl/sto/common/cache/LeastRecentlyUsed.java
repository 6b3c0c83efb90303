package nl.sto.common.cache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A bounded map for what a service keeps in memory. When it is full the entry used least recently gives way, so a
 * flood of new keys (junk region codes, a burst of fresh tokens) pushes out the oldest entries one by one instead of
 * emptying the whole copy and sending every caller back to the database at once.
 */
public final class LeastRecentlyUsed<K, V> {

    private final Map<K, V> entries;

    public LeastRecentlyUsed(int maxEntries) {
        if (maxEntries < 1) {
            throw new IllegalArgumentException("maxEntries must be at least 1, was " + maxEntries);
        }
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > maxEntries;
            }
        };
    }

    /** The value, which counts as a use; null when not kept. */
    public synchronized V get(K key) {
        return entries.get(key);
    }

    public synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    public synchronized void remove(K key) {
        entries.remove(key);
    }

    public synchronized void clear() {
        entries.clear();
    }

    public synchronized int size() {
        return entries.size();
    }
}
