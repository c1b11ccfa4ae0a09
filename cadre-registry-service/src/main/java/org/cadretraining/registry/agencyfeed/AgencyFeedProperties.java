package org.cadretraining.registry.agencyfeed;

import java.util.Base64;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The linkage key, as the operator gives it: {@code platform.agency-feed.linkage-key} (Base64, at least 32 bytes,
 * from a secret, never from a file in the repository) and its id. Without a key the linkage feed stays empty.
 */
@ConfigurationProperties("platform.agency-feed")
public record AgencyFeedProperties(String linkageKey, String linkageKeyId) {
    public Optional<LinkageKey> key() {
        if (linkageKey == null || linkageKey.isBlank()) {
            return Optional.empty();
        }
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(linkageKey.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("platform.agency-feed.linkage-key is not Base64");
        }
        return Optional.of(new LinkageKey(secret, linkageKeyId));
    }
}
