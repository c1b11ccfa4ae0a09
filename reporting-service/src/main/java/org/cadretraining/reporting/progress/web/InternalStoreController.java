package org.cadretraining.reporting.progress.web;

import java.util.List;
import java.util.Map;

import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.progress.ViewStores;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** This instance's own share of a partitioned store; other instances call it when a key or a gather needs it. */
@RestController
public class InternalStoreController {
    private final ViewStores stores;

    public InternalStoreController(ViewStores stores) {
        this.stores = stores;
    }

    @GetMapping("/internal/v1/stores/{store}")
    public Map<String, Object> keys(@PathVariable String store, @RequestParam List<String> key) {
        return stores.localGet(known(store), key);
    }

    @GetMapping("/internal/v1/stores/{store}/all")
    public Map<String, Object> all(@PathVariable String store) {
        return stores.localAll(known(store));
    }

    private static String known(String store) {
        if (!ViewStores.SHARED.contains(store)) {
            throw DomainProblem.notFound("Store", store);
        }
        return store;
    }
}
