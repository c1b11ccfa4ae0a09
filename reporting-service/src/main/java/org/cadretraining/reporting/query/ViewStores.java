package org.cadretraining.reporting.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreType;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.kafka.streams.state.internals.StateStoreProvider;
import org.cadretraining.platform.events.EventCodec;
import org.cadretraining.platform.security.PlatformSecurityProperties;
import org.cadretraining.platform.security.ServiceTokens;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.views.StoreNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.stream.binder.kafka.streams.InteractiveQueryService;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JavaType;

/**
 * Reads the named stores wherever they live. A keyed read goes to the instance that owns the key (its
 * {@code application.server}); a read of many keys is grouped by owner, one call each; the global reference table
 * is on every instance. Other instances are asked through {@code /internal/v1/stores}, with this service's own
 * client-credentials token (scope {@value StoreShare#PEER_SCOPE}): a peer trusts the token, never the caller's
 * address. A single instance never calls itself, so it runs without a client; a peer read without one fails clearly.
 */
@Component
class ViewStores {
    private static final Logger log = LoggerFactory.getLogger(ViewStores.class);
    /** The partitioned stores other instances may ask this one about. */
    static final Set<String> SHARED = Set.of(StoreNames.CADRE_PROGRESS, StoreNames.UNIT_PROGRESS,
            StoreNames.TARGET_PROGRESS, StoreNames.CLASS_VIEWS, StoreNames.PLAN_VIEWS, StoreNames.UNIT_BREAKDOWN,
            StoreNames.UNIT_ROSTER, StoreNames.DATED_UNITS, StoreNames.DATED_TARGETS, StoreNames.DATED_CLASSES,
            StoreNames.DATED_PLANS);
    private static final StringSerializer KEYS = new StringSerializer();
    private final InteractiveQueryService queries;
    /** Store handles found, by name (see {@link #read}). */
    private final Map<String, ReadOnlyKeyValueStore<String, ?>> handles = new ConcurrentHashMap<>();
    /** The store objects behind each name (see {@link #version}). */
    private final Map<String, StoreObjects> objects = new ConcurrentHashMap<>();
    /** Each store's version and hosts, read once for the requests that ask at the same time ({@link SharedReading}). */
    private final Map<String, SharedReading<StoreVersion>> versionReadings = new ConcurrentHashMap<>();
    private final Map<String, SharedReading<List<HostInfo>>> hostReadings = new ConcurrentHashMap<>();
    /** Null when this instance has no client of the identity provider: it can then answer only from its own share. */
    private final RestClient peers;

    ViewStores(InteractiveQueryService queries, PlatformSecurityProperties security, ObjectProvider<ServiceTokens> tokens) {
        this.queries = queries;
        PlatformSecurityProperties.Client client = security.client();
        ServiceTokens serviceTokens = tokens.getIfAvailable();
        boolean configured = serviceTokens != null && client != null && client.configured()
                && client.secret() != null && !client.secret().isBlank();
        this.peers = configured ? RestClient.builder().requestInterceptor(serviceTokens.interceptor()).build() : null;
        if (!configured) {
            log.info("No client credentials (platform.security.client.id/secret): this instance answers from its own "
                    + "stores only, and cannot read another instance's share of the views");
        }
    }

    /**
     * A read of a store on this instance. The store handle is kept once found: asking the binder for it on every read
     * cloned the streams configuration and took Kafka Streams' locks, which 50 concurrent requests queued on. A kept
     * handle that a rebalance or a restart made stale is dropped and the store asked for again; a read that still
     * meets a rebalance (or a store still restoring) answers 503, not 500.
     */
    private <V, T> T read(String name, java.util.function.Function<ReadOnlyKeyValueStore<String, V>, T> read) {
        @SuppressWarnings("unchecked")
        ReadOnlyKeyValueStore<String, V> kept = (ReadOnlyKeyValueStore<String, V>) handles.get(name);
        if (kept != null) {
            try {
                return read.apply(kept);
            } catch (InvalidStateStoreException e) {
                handles.remove(name, kept);
            }
        }
        ReadOnlyKeyValueStore<String, V> found = store(name);
        try {
            T result = read.apply(found);
            handles.put(name, found);
            return result;
        } catch (InvalidStateStoreException e) {
            throw rebalancing();
        }
    }

    /** The entries of a store on this instance whose keys lie in [from, to): for the global reference table. */
    <V> List<V> localRange(String store, String from, String to) {
        return this.<V, List<V>>read(store, local -> {
            List<V> entries = new ArrayList<>();
            try (KeyValueIterator<String, V> range = local.range(from, to)) {
                range.forEachRemaining(kv -> {
                    if (kv.value != null) {
                        entries.add(kv.value);
                    }
                });
            }
            return entries;
        });
    }

    <V> Optional<V> get(String store, String key, Class<V> type) {
        return Optional.ofNullable(get(store, List.of(key), type).get(key));
    }

    /** The values of the given keys, from whichever instances own them; absent keys are left out. */
    <V> Map<String, V> get(String store, Collection<String> keys, Class<V> type) {
        if (alone(store)) {
            // Every partition is here: no key needs its owner looked up (a lock of Kafka Streams' metadata per key).
            return localGet(store, keys);
        }
        Map<HostInfo, List<String>> byHost = new HashMap<>();
        for (String key : keys) {
            byHost.computeIfAbsent(owner(store, key), h -> new ArrayList<>()).add(key);
        }
        Map<String, V> result = new LinkedHashMap<>();
        byHost.forEach((host, hostKeys) -> {
            if (isLocal(host)) {
                result.putAll(this.<V>localGet(store, hostKeys));
            } else {
                UriComponentsBuilder uri = url(host, "/internal/v1/stores/" + store);
                hostKeys.forEach(key -> uri.queryParam("key", key));
                result.putAll(remote(host, uri, type));
            }
        });
        return result;
    }

    /** Every value of a store, gathered from every instance: for small stores such as classes and plans. */
    <V> List<V> all(String store, Class<V> type) {
        return new ArrayList<>(gather(store, this.<V>localAll(store), "/all", uri -> { }, type).values());
    }

    /**
     * Every entry whose key starts with one of the prefixes, gathered from every instance: for stores keyed
     * {@code <unitId>/...}, whose entries of one unit are spread over the partitions.
     */
    <V> Map<String, V> prefixed(String store, Collection<String> prefixes, Class<V> type) {
        return gather(store, this.<V>localPrefixed(store, prefixes), "/prefixed",
                uri -> prefixes.forEach(prefix -> uri.queryParam("prefix", prefix)), type);
    }

    /** This instance's part, and the same read ({@code /internal/v1/stores/<store><path>}) from every other instance. */
    private <V> Map<String, V> gather(String store, Map<String, V> local, String path,
                                      java.util.function.Consumer<UriComponentsBuilder> query, Class<V> type) {
        Map<String, V> values = new LinkedHashMap<>(local);
        for (HostInfo host : hosts(store)) {
            if (!isLocal(host)) {
                UriComponentsBuilder uri = url(host, "/internal/v1/stores/" + store + path);
                query.accept(uri);
                values.putAll(remote(host, uri, type));
            }
        }
        return values;
    }

    <V> Map<String, V> localPrefixed(String store, Collection<String> prefixes) {
        return this.<V, Map<String, V>>read(store, local -> {
            Map<String, V> result = new LinkedHashMap<>();
            for (String prefix : prefixes) {
                try (KeyValueIterator<String, V> range = local.prefixScan(prefix, KEYS)) {
                    range.forEachRemaining(kv -> result.put(kv.key, kv.value));
                }
            }
            return result;
        });
    }

    <V> Map<String, V> localGet(String store, Collection<String> keys) {
        return this.<V, Map<String, V>>read(store, local -> {
            Map<String, V> result = new LinkedHashMap<>();
            keys.forEach(key -> {
                V value = local.get(key);
                if (value != null) {
                    result.put(key, value);
                }
            });
            return result;
        });
    }

    <V> Map<String, V> localAll(String store) {
        return this.<V, Map<String, V>>read(store, local -> {
            Map<String, V> result = new LinkedHashMap<>();
            try (KeyValueIterator<String, V> all = local.all()) {
                all.forEachRemaining(kv -> result.put(kv.key, kv.value));
            }
            return result;
        });
    }

    private <V> Map<String, V> remote(HostInfo host, UriComponentsBuilder uri, Class<V> type) {
        if (peers == null) {
            log.error("A read needs the share of the views held by {}:{}, and this instance has no client credentials "
                    + "to call it with (set platform.security.client.id and .secret)", host.host(), host.port());
            throw new DomainProblem(HttpStatus.SERVICE_UNAVAILABLE, "peer-client-missing", "Reporting instance not configured",
                    null, "This reporting instance runs next to others but has no client of the identity provider to read "
                    + "their share of the views with; its operators must give it one (REPORTING_CLIENT_SECRET).");
        }
        try {
            String body = peers.get().uri(uri.build().toUri()).retrieve().body(String.class);
            if (body == null) {
                return Map.of();
            }
            JavaType mapType = EventCodec.mapper().getTypeFactory().constructMapType(LinkedHashMap.class, String.class, type);
            return EventCodec.mapper().readValue(body, mapType);
        } catch (OAuth2AuthorizationException e) {
            log.error("The identity provider gave this instance no token to read {}:{} with: {}", host.host(), host.port(),
                    e.getError());
            throw new DomainProblem(HttpStatus.SERVICE_UNAVAILABLE, "peer-token-refused", "Reporting instance not signed in",
                    null, "The identity provider refused this reporting instance's client credentials, so it cannot read "
                    + "the share of the views another instance holds; its operators must check REPORTING_CLIENT_ID and _SECRET.");
        } catch (RestClientException e) {
            throw new DomainProblem(HttpStatus.SERVICE_UNAVAILABLE, "instance-unavailable", "Reporting instance unavailable",
                    null, "The instance holding this view (" + host.host() + ":" + host.port() + ") did not answer; try again shortly.");
        }
    }

    /**
     * Where the content of a store on this instance stands, when this instance holds all of it (the global reference
     * table always; a partitioned store when no other instance shares it); null when it holds a share only or cannot
     * tell (a rebalance, a store that keeps no position). What was worked out from the store may be kept while its
     * version stays the same.
     */
    StoreVersion version(String store) {
        return shared(versionReadings, store, this::readVersion).get();
    }

    private StoreVersion readVersion(String store) {
        if (!StoreNames.REFERENCE.equals(store) && !alone(store)) {
            return null;
        }
        StoreObjects kept = objects.get(store);
        if (kept != null) {
            try {
                return StoreVersion.of(kept.now());
            } catch (InvalidStateStoreException e) {
                objects.remove(store, kept);
            }
        }
        try {
            StoreObjects found = queries.getQueryableStore(store, StoreObjects.TYPE);
            StoreVersion version = StoreVersion.of(found.now());
            objects.put(store, found);
            return version;
        } catch (RuntimeException e) {
            // Not to be told now (rebalancing, restoring): nothing is kept, the read goes to the stores as ever.
            return null;
        }
    }

    /** Whether this instance holds every partition of the store: no other instance is named for it. */
    private boolean alone(String store) {
        List<HostInfo> hosts = hosts(store);
        return hosts.size() == 1 && isLocal(hosts.get(0));
    }

    /**
     * The store objects behind a store name on this instance, asked for afresh on each {@link #now()}: one per
     * partition this instance holds (a partition moved away and back is a new object), one for a global table.
     */
    private record StoreObjects(StateStoreProvider provider, String name) {
        static final QueryableStoreType<StoreObjects> TYPE = new QueryableStoreType<>() {
            @Override
            public boolean accepts(StateStore store) {
                return true;
            }

            @Override
            public StoreObjects create(StateStoreProvider provider, String name) {
                StoreObjects objects = new StoreObjects(provider, name);
                objects.now(); // throws here, as other store types do, where the application holds no such store
                return objects;
            }
        };

        /** The store objects themselves, not a read-only view of them: their positions are what is wanted. */
        private static final QueryableStoreType<StateStore> OBJECTS = new QueryableStoreType<>() {
            @Override
            public boolean accepts(StateStore store) {
                return true;
            }

            @Override
            public StateStore create(StateStoreProvider provider, String name) {
                throw new UnsupportedOperationException("only for listing the store objects");
            }
        };

        List<StateStore> now() {
            List<StateStore> stores = provider.stores(name, OBJECTS);
            if (stores.isEmpty()) {
                throw new InvalidStateStoreException("No store " + name + " on this instance now");
            }
            return stores;
        }
    }

    private List<HostInfo> hosts(String store) {
        return shared(hostReadings, store, this::readHosts).get();
    }

    private static <T> SharedReading<T> shared(Map<String, SharedReading<T>> readings, String store,
                                               java.util.function.Function<String, T> read) {
        SharedReading<T> reading = readings.get(store);
        return reading != null ? reading : readings.computeIfAbsent(store, s -> new SharedReading<>(() -> read.apply(s)));
    }

    private List<HostInfo> readHosts(String store) {
        List<HostInfo> hosts;
        try {
            hosts = queries.getAllHostsInfo(store);
        } catch (IllegalStateException | InvalidStateStoreException e) {
            throw rebalancing();
        }
        if (hosts.stream().anyMatch(h -> h.port() < 0)) {
            throw rebalancing();
        }
        return hosts;
    }

    private HostInfo owner(String store, String key) {
        HostInfo host;
        try {
            host = queries.getHostInfo(store, key, KEYS);
        } catch (IllegalStateException | InvalidStateStoreException e) {
            throw rebalancing();
        }
        if (host == null) {
            return queries.getCurrentHostInfo();
        }
        // Mid-rebalance Kafka Streams names no owner yet ("unavailable", port -1): nobody can answer for the key now.
        if (host.port() < 0 || "unavailable".equals(host.host())) {
            throw rebalancing();
        }
        return host;
    }

    private boolean isLocal(HostInfo host) {
        HostInfo self = queries.getCurrentHostInfo();
        return host == null || self == null || host.equals(self);
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        try {
            return queries.getQueryableStore(name, QueryableStoreTypes.keyValueStore());
        } catch (IllegalStateException | InvalidStateStoreException e) {
            throw rebalancing();
        }
    }

    private static UriComponentsBuilder url(HostInfo host, String path) {
        return UriComponentsBuilder.fromUriString("http://" + host.host() + ":" + host.port() + path);
    }

    private static DomainProblem rebalancing() {
        return new DomainProblem(HttpStatus.SERVICE_UNAVAILABLE, "views-rebuilding", "Views are being rebuilt", null,
                "The reporting views are moving between instances or rebuilding; try again in a few seconds.");
    }
}
