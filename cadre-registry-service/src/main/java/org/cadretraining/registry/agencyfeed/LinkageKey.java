package org.cadretraining.registry.agencyfeed;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a citizen ID into the pseudonym the linkage feed carries: HMAC-SHA-256 under a key shared with the linking
 * agency alone. The agency resolves a pseudonym by computing the same over the IDs of its own register; without the
 * key, no one can, not even by trying every 12-digit number, as they could with a plain hash.
 */
public final class LinkageKey {
    /** Shorter keys would be guessable; RFC 2104 asks for at least the hash's output length. */
    static final int MIN_KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;
    private final String keyId;

    public LinkageKey(byte[] secret, String keyId) {
        Objects.requireNonNull(secret, "secret");
        if (secret.length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("A linkage key needs at least " + MIN_KEY_BYTES + " bytes, got " + secret.length);
        }
        if (keyId == null || keyId.isBlank()) {
            throw new IllegalArgumentException("A linkage key needs an id, so that the agency knows which key made a link");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
        this.keyId = keyId;
    }

    public String keyId() {
        return keyId;
    }

    /** The pseudonym of a 12-digit citizen ID, as 64 lower-case hex digits. */
    public String pseudonymOf(String citizenId) {
        if (citizenId == null || !citizenId.matches("\\d{12}")) {
            throw new IllegalArgumentException("A citizen ID has 12 digits");
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(citizenId.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    @Override
    public String toString() {
        // Never the key itself, whatever logs the object.
        return "LinkageKey[" + keyId + "]";
    }
}
