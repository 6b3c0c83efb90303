package nl.sto.common.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LeastRecentlyUsedTest {

    @Test
    void aFullMapLetsTheLeastRecentlyUsedEntryGoAndKeepsTheRest() {
        LeastRecentlyUsed<String, Integer> kept = new LeastRecentlyUsed<>(3);
        kept.put("a", 1);
        kept.put("b", 2);
        kept.put("c", 3);
        kept.get("a");

        kept.put("d", 4);

        assertThat(kept.size()).isEqualTo(3);
        assertThat(kept.get("b")).isNull();
        assertThat(kept.get("a")).isEqualTo(1);
        assertThat(kept.get("c")).isEqualTo(3);
        assertThat(kept.get("d")).isEqualTo(4);
    }

    @Test
    void aFloodOfNewKeysNeverEmptiesTheMap() {
        LeastRecentlyUsed<Integer, Integer> kept = new LeastRecentlyUsed<>(100);
        for (int i = 0; i < 10_000; i++) {
            kept.put(i, i);
            assertThat(kept.size()).isEqualTo(Math.min(i + 1, 100));
        }
        assertThat(kept.get(9_999)).isEqualTo(9_999);
        assertThat(kept.get(9_900)).isEqualTo(9_900);
        assertThat(kept.get(9_899)).isNull();
    }

    @Test
    void removedAndClearedEntriesAreGone() {
        LeastRecentlyUsed<String, Integer> kept = new LeastRecentlyUsed<>(3);
        kept.put("a", 1);
        kept.put("b", 2);
        kept.remove("a");
        assertThat(kept.get("a")).isNull();
        kept.clear();
        assertThat(kept.size()).isZero();
    }

    @Test
    void aMapMustHoldSomething() {
        assertThatThrownBy(() -> new LeastRecentlyUsed<String, String>(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
