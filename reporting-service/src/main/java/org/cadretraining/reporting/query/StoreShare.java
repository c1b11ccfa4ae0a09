package org.cadretraining.reporting.query;

import java.util.List;
import java.util.Map;

import org.cadretraining.platform.web.DomainProblem;
import org.springframework.stereotype.Service;

/**
 * This instance's own share of the partitioned stores, for the other reporting instances that route a read here. It
 * holds personal data without the grant checks of the public API: only a peer's service token may ask for it.
 */
@Service
public class StoreShare {
    /** The scope of the token one reporting instance reads another's stores with. */
    public static final String PEER_SCOPE = "reporting.stores";
    private final ViewStores stores;

    StoreShare(ViewStores stores) {
        this.stores = stores;
    }

    public Map<String, Object> keys(String store, List<String> keys) {
        return stores.localGet(known(store), keys);
    }

    public Map<String, Object> all(String store) {
        return stores.localAll(known(store));
    }

    public Map<String, Object> prefixed(String store, List<String> prefixes) {
        return stores.localPrefixed(known(store), prefixes);
    }

    private static String known(String store) {
        if (!ViewStores.SHARED.contains(store)) {
            throw DomainProblem.notFound("Store", store);
        }
        return store;
    }
}
