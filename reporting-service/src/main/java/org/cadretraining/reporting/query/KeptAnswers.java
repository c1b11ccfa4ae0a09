package org.cadretraining.reporting.query;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers worked out from the stores, kept while the stores they were worked out from stand where they stood: the
 * first request after a change works an answer out, the next ones get it as long as nothing changed. All answers
 * belong to one version; a new version starts afresh, so none can outlive a change.
 *
 * @param <K> what an answer is to (a unit and a scope)
 */
final class KeptAnswers<K, V> {
    private final int limit;
    private volatile Generation<K, V> current;

    private record Generation<K, V>(Object version, Map<K, V> answers) {
    }

    /** @param limit at most this many answers are kept at a time (one per unit and scope asked about) */
    KeptAnswers(int limit) {
        this.limit = limit;
    }

    /**
     * The answer to {@code key} at {@code version}: the kept one, or {@code work}'s. With a null version (the stores
     * cannot tell where they stand) nothing is kept. The version must be taken before the stores are read, so that a
     * change while they are read shows as a new version at the next request.
     */
    V get(Object version, K key, Supplier<V> work) {
        if (version == null) {
            return work.get();
        }
        Generation<K, V> generation = current;
        if (generation == null || !generation.version().equals(version)) {
            generation = new Generation<>(version, new ConcurrentHashMap<>());
            current = generation;
        }
        V kept = generation.answers().get(key);
        if (kept != null) {
            return kept;
        }
        // Worked out outside the map's locks: two requests may both work it out once, never wait on each other.
        V answer = work.get();
        if (answer != null && generation.answers().size() < limit) {
            generation.answers().put(key, answer);
        }
        return answer;
    }
}
