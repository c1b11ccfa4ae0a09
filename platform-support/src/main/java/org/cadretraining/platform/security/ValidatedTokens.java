package org.cadretraining.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A token decoder that remembers the tokens whose signature it has checked. A client sends the same token with every
 * request until it expires; checking its RS256 signature (and parsing it) each time was half of what a cheap query
 * cost. The token as sent, every byte of it, is the key: another token, or the same claims with another signature, is
 * checked afresh. What can change with time is checked on every use: {@code validator} (expiry, not-before, issuer)
 * runs on the remembered token each time, and a signature is trusted for {@code keepFor} at most, no longer than the
 * identity provider's signing keys are kept, so that a withdrawn key stops being honoured as soon as it would have.
 */
public final class ValidatedTokens implements JwtDecoder {
    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Duration keepFor;
    private final int capacity;
    private final Clock clock;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    private record Checked(Jwt jwt, Instant at) {
    }

    /**
     * @param decoder   checks a token in full: signature, then {@code validator}
     * @param validator what the decoder checks besides the signature, run again on each use of a remembered token
     * @param keepFor   how long a checked signature is trusted
     * @param capacity  how many tokens are remembered at most (all are forgotten when more come)
     */
    public ValidatedTokens(JwtDecoder decoder, OAuth2TokenValidator<Jwt> validator, Duration keepFor, int capacity, Clock clock) {
        this.decoder = decoder;
        this.validator = validator;
        this.keepFor = keepFor;
        this.capacity = capacity;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Checked known = token == null ? null : checked.get(token);
        if (known != null) {
            if (now.isBefore(known.at().plus(keepFor))) {
                OAuth2TokenValidatorResult result = validator.validate(known.jwt());
                if (!result.hasErrors()) {
                    return known.jwt();
                }
            }
            // Expired, or trusted long enough: the decoder checks it again and says what is wrong, if anything.
            checked.remove(token, known);
        }
        Jwt jwt = decoder.decode(token);
        if (checked.size() >= capacity) {
            checked.clear();
        }
        checked.put(token, new Checked(jwt, now));
        return jwt;
    }
}
