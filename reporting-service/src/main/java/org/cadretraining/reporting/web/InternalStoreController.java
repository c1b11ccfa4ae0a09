package org.cadretraining.reporting.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Size;
import org.cadretraining.platform.security.Access;
import org.cadretraining.reporting.query.StoreShare;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * This instance's own share of a partitioned store; other reporting instances call it when a key or a gather needs
 * it. It holds personal data without the grant checks of the public API, so only another reporting instance may call
 * it: with its service token (client credentials) carrying the scope {@value StoreShare#PEER_SCOPE}. No user's token
 * carries that scope, an administrator's included.
 */
@RestController
@Access(scopes = StoreShare.PEER_SCOPE)
public class InternalStoreController {
    private final StoreShare share;

    InternalStoreController(StoreShare share) {
        this.share = share;
    }

    @GetMapping("/internal/v1/stores/{store}")
    public Map<String, Object> keys(@PathVariable @Size(max = RequestBounds.ID) String store,
                                    @RequestParam @Size(max = RequestBounds.KEYS) List<@Size(max = RequestBounds.KEY) String> key) {
        return share.keys(store, key);
    }

    @GetMapping("/internal/v1/stores/{store}/all")
    public Map<String, Object> all(@PathVariable @Size(max = RequestBounds.ID) String store) {
        return share.all(store);
    }

    @GetMapping("/internal/v1/stores/{store}/prefixed")
    public Map<String, Object> prefixed(@PathVariable @Size(max = RequestBounds.ID) String store,
                                        @RequestParam @Size(max = RequestBounds.KEYS) List<@Size(max = RequestBounds.KEY) String> prefix) {
        return share.prefixed(store, prefix);
    }
}
