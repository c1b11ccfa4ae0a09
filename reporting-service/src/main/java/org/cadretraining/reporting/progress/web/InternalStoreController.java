package org.cadretraining.reporting.progress.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.cadretraining.platform.web.DomainProblem;
import org.cadretraining.reporting.progress.ViewStores;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * This instance's own share of a partitioned store; other instances call it when a key or a gather needs it. It
 * holds personal data without the entitlement checks of the public API, so only the deployment may call it: with
 * {@code reporting.internal.token} set, callers must present it; without, only this machine may.
 */
@RestController
public class InternalStoreController {
    private final ViewStores stores;
    private final byte[] token;

    public InternalStoreController(ViewStores stores, @Value("${reporting.internal.token:}") String token) {
        this.stores = stores;
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    @GetMapping("/internal/v1/stores/{store}")
    public Map<String, Object> keys(@PathVariable String store, @RequestParam List<String> key, HttpServletRequest request) {
        allow(request);
        return stores.localGet(known(store), key);
    }

    @GetMapping("/internal/v1/stores/{store}/all")
    public Map<String, Object> all(@PathVariable String store, HttpServletRequest request) {
        allow(request);
        return stores.localAll(known(store));
    }

    @GetMapping("/internal/v1/stores/{store}/prefixed")
    public Map<String, Object> prefixed(@PathVariable String store, @RequestParam List<String> prefix, HttpServletRequest request) {
        allow(request);
        return stores.localPrefixed(known(store), prefix);
    }

    private void allow(HttpServletRequest request) {
        boolean allowed;
        if (token.length > 0) {
            String presented = request.getHeader(ViewStores.INTERNAL_TOKEN);
            allowed = presented != null && MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.UTF_8));
        } else {
            allowed = isLoopback(request.getRemoteAddr());
        }
        if (!allowed) {
            throw new DomainProblem(HttpStatus.FORBIDDEN, "internal-only", "Internal endpoint", ViewStores.INTERNAL_TOKEN,
                    "Only other reporting instances of this deployment may read the stores directly");
        }
    }

    private static boolean isLoopback(String address) {
        try {
            return address != null && InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String known(String store) {
        if (!ViewStores.SHARED.contains(store)) {
            throw DomainProblem.notFound("Store", store);
        }
        return store;
    }
}
