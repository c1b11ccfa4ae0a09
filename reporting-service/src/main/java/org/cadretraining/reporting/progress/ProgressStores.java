package org.cadretraining.reporting.progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.streams.StoreNames;
import org.cadretraining.reporting.units.UnitTree;
import org.cadretraining.reporting.units.UnitView;
import org.springframework.cloud.stream.binder.kafka.streams.InteractiveQueryService;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Reads the named stores wherever they are: locally when this instance owns the key, otherwise from the instance
 * that does (its {@code application.server}), through that instance's internal API.
 */
@Component
public class ProgressStores {
    private static final StringSerializer KEYS = new StringSerializer();
    private final InteractiveQueryService queries;
    private final RestClient http = RestClient.create();

    public ProgressStores(InteractiveQueryService queries) {
        this.queries = queries;
    }

    public UnitTree unitTree() {
        List<UnitView> views = new ArrayList<>();
        try (KeyValueIterator<String, UnitView> all = this.<UnitView>store(StoreNames.UNIT_TREE).all()) {
            all.forEachRemaining(kv -> views.add(kv.value));
        }
        return new UnitTree(views);
    }

    /** The figures of each named unit alone, gathered from the instances that own them. */
    public Map<String, UnitProgress> unitProgress(List<String> unitIds) {
        Map<HostInfo, List<String>> byHost = new HashMap<>();
        for (String unitId : unitIds) {
            byHost.computeIfAbsent(owner(StoreNames.UNIT_PROGRESS, unitId), h -> new ArrayList<>()).add(unitId);
        }
        Map<String, UnitProgress> result = new HashMap<>();
        byHost.forEach((host, ids) -> result.putAll(isLocal(host) ? localUnitProgress(ids) : remoteUnitProgress(host, ids)));
        return result;
    }

    public Map<String, UnitProgress> localUnitProgress(List<String> unitIds) {
        ReadOnlyKeyValueStore<String, UnitProgress> store = store(StoreNames.UNIT_PROGRESS);
        Map<String, UnitProgress> result = new HashMap<>();
        for (String id : unitIds) {
            UnitProgress progress = store.get(id);
            if (progress != null) {
                result.put(id, progress);
            }
        }
        return result;
    }

    public Optional<CadreProgress> cadre(String cadreId) {
        HostInfo host = owner(StoreNames.CADRE_PROGRESS, cadreId);
        if (isLocal(host)) {
            return localCadre(cadreId);
        }
        try {
            return Optional.ofNullable(http.get().uri(url(host, "/internal/v1/cadres/" + cadreId + "/progress").build().toUri())
                    .retrieve().onStatus(s -> s.value() == 404, (req, res) -> { })
                    .body(CadreProgress.class));
        } catch (RestClientException e) {
            throw unavailable(host, e);
        }
    }

    public Optional<CadreProgress> localCadre(String cadreId) {
        return Optional.ofNullable(this.<CadreProgress>store(StoreNames.CADRE_PROGRESS).get(cadreId));
    }

    private Map<String, UnitProgress> remoteUnitProgress(HostInfo host, List<String> ids) {
        UriComponentsBuilder uri = url(host, "/internal/v1/unit-progress");
        ids.forEach(id -> uri.queryParam("unitId", id));
        try {
            Map<String, UnitProgress> body = http.get().uri(uri.build().toUri()).retrieve()
                    .body(new ParameterizedTypeReference<Map<String, UnitProgress>>() { });
            return body == null ? Map.of() : body;
        } catch (RestClientException e) {
            throw unavailable(host, e);
        }
    }

    private HostInfo owner(String store, String key) {
        try {
            HostInfo host = queries.getHostInfo(store, key, KEYS);
            return host == null ? queries.getCurrentHostInfo() : host;
        } catch (IllegalStateException | InvalidStateStoreException e) {
            throw rebalancing(e);
        }
    }

    private boolean isLocal(HostInfo host) {
        HostInfo self = queries.getCurrentHostInfo();
        return host == null || self == null || host.equals(self);
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name) {
        try {
            return queries.getQueryableStore(name, QueryableStoreTypes.keyValueStore());
        } catch (IllegalStateException | InvalidStateStoreException e) {
            throw rebalancing(e);
        }
    }

    private static UriComponentsBuilder url(HostInfo host, String path) {
        return UriComponentsBuilder.fromUriString("http://" + host.host() + ":" + host.port() + path);
    }

    private static DomainProblem rebalancing(RuntimeException e) {
        return new DomainProblem(HttpStatus.SERVICE_UNAVAILABLE, "views-rebuilding", "Views are being rebuilt", null,
                "The reporting views are moving between instances or rebuilding; try again in a few seconds.");
    }

    private static DomainProblem unavailable(HostInfo host, RuntimeException e) {
        return new DomainProblem(HttpStatus.SERVICE_UNAVAILABLE, "instance-unavailable", "Reporting instance unavailable",
                null, "The instance holding this view (" + host.host() + ":" + host.port() + ") did not answer; try again shortly.");
    }
}
