package dev.ladder.words;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The last results a thread computed, least recently used dropped first: pages that read the same
 * sections again (a level beside the one before it, a section split into words and bullets) compute
 * each once while the thread is on them, and memory stays bounded however large the ladder.
 */
final class RecentResults<K, V> {

    private final ThreadLocal<Map<K, V>> recent;

    RecentResults(int size) {
        this.recent = ThreadLocal.withInitial(() -> new LinkedHashMap<>(size * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > size;
            }
        });
    }

    V of(K key, Function<? super K, ? extends V> compute) {
        Map<K, V> results = recent.get();
        V value = results.get(key);
        if (value == null) {
            value = compute.apply(key);
            results.put(key, value);
        }
        return value;
    }
}
