package org.cadretraining.reporting.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.state.QueryableStoreType;
import org.apache.kafka.streams.state.internals.StateStoreProvider;
import org.cadretraining.reporting.views.StoreNames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.stream.binder.kafka.streams.InteractiveQueryService;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * {@value #AGE}: for each store the queries read, how long ago this instance's share of it last applied an event.
 * Kafka Streams moves a store's {@link Position} with every write, so a watcher compares each store's positions once
 * a {@link #EVERY} and notes when they moved. A view that has not moved since this instance started counts from then.
 */
@Component
class ViewAges implements SmartLifecycle {
    static final String AGE = "cadre.view.age";
    private static final Duration EVERY = Duration.ofSeconds(1);

    private final InteractiveQueryService queries;
    private final ObjectProvider<MeterRegistry> registry;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Watched> watched = new ConcurrentHashMap<>();
    private volatile Thread worker;

    ViewAges(InteractiveQueryService queries, ObjectProvider<MeterRegistry> registry) {
        this.queries = queries;
        this.registry = registry;
    }

    private static List<String> stores() {
        TreeSet<String> names = new TreeSet<>(ViewStores.SHARED);
        names.add(StoreNames.REFERENCE);
        return List.copyOf(names);
    }

    /** Seconds since the store last moved on this instance. */
    double ageSeconds(String store) {
        Watched w = watched.get(store);
        return w == null ? 0 : Math.max(0, Duration.between(w.lastMoved, clock.instant()).toMillis() / 1000.0);
    }

    void sample() {
        for (String store : stores()) {
            List<Position> positions;
            try {
                positions = new ArrayList<>();
                for (StateStore s : queries.getQueryableStore(store, OBJECTS)) {
                    Position p = s.getPosition();
                    positions.add(p == null ? null : p.copy());
                }
            } catch (RuntimeException e) {
                continue; // not on this instance now (rebalancing, restoring): its age keeps growing
            }
            Watched w = watched.get(store);
            if (w == null) {
                continue;
            }
            if (w.positions != null && !w.positions.equals(positions)) {
                w.lastMoved = clock.instant();
            }
            w.positions = positions;
        }
    }

    private void loop() {
        while (worker == Thread.currentThread()) {
            sample();
            try {
                Thread.sleep(EVERY.toMillis());
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public synchronized void start() {
        MeterRegistry meters = registry.getIfAvailable();
        if (meters == null || worker != null) {
            return;
        }
        Instant now = clock.instant();
        for (String store : stores()) {
            watched.computeIfAbsent(store, s -> new Watched(now));
            TimeGauge.builder(AGE, this, TimeUnit.SECONDS, ages -> ages.ageSeconds(store))
                    .description("How long ago the view last applied an event on this instance")
                    .tag("store", store)
                    .register(meters);
        }
        Thread thread = new Thread(this::loop, "view-ages");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    @Override
    public synchronized void stop() {
        Thread thread = worker;
        worker = null;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    private static final class Watched {
        volatile Instant lastMoved;
        volatile List<Position> positions;

        Watched(Instant since) {
            this.lastMoved = since;
        }
    }

    /** The store objects of a name on this instance, one a partition held: their positions are what is watched. */
    private static final QueryableStoreType<List<StateStore>> OBJECTS = new QueryableStoreType<>() {
        private static final QueryableStoreType<StateStore> ANY = new QueryableStoreType<>() {
            @Override
            public boolean accepts(StateStore store) {
                return true;
            }

            @Override
            public StateStore create(StateStoreProvider provider, String name) {
                throw new UnsupportedOperationException("only for listing the store objects");
            }
        };

        @Override
        public boolean accepts(StateStore store) {
            return true;
        }

        @Override
        public List<StateStore> create(StateStoreProvider provider, String name) {
            List<StateStore> stores = provider.stores(name, ANY);
            if (stores.isEmpty()) {
                throw new org.apache.kafka.streams.errors.InvalidStateStoreException("No store " + name + " here now");
            }
            return stores;
        }
    };
}
