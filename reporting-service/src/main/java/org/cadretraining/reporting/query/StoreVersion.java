package org.cadretraining.reporting.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.query.Position;

/**
 * Where a store's content on this instance stands: which store objects hold it (a task moved away and back is a new
 * object) and, for each, the input offsets it has applied (Kafka Streams' {@link Position}, moved after every write,
 * by the stream thread or the global thread alike). Two equal versions mean nothing was written in between, so what
 * was worked out from the first still holds.
 */
final class StoreVersion {
    private final List<StateStore> stores;
    private final List<Position> positions;

    private StoreVersion(List<StateStore> stores, List<Position> positions) {
        this.stores = stores;
        this.positions = positions;
    }

    /**
     * The version of these stores now; empty of meaning (null) when one cannot tell its position, for then a change
     * could not be seen.
     */
    static StoreVersion of(Collection<? extends StateStore> stores) {
        List<StateStore> held = new ArrayList<>(stores.size());
        List<Position> positions = new ArrayList<>(stores.size());
        for (StateStore store : stores) {
            Position position;
            try {
                position = store.getPosition();
            } catch (UnsupportedOperationException e) {
                return null;
            }
            if (position == null) {
                return null;
            }
            held.add(store);
            // A copy: some stores hand out the position they keep moving.
            positions.add(position.copy());
        }
        return held.isEmpty() ? null : new StoreVersion(List.copyOf(held), List.copyOf(positions));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof StoreVersion other) || other.stores.size() != stores.size()) {
            return false;
        }
        for (int i = 0; i < stores.size(); i++) {
            if (stores.get(i) != other.stores.get(i)) {
                return false;
            }
        }
        return positions.equals(other.positions);
    }

    @Override
    public int hashCode() {
        return positions.hashCode();
    }

    @Override
    public String toString() {
        return positions.toString();
    }
}
