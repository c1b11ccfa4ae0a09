package org.cadretraining.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/** Real RS256 tokens, checked by Nimbus as the services check them, with the remembering in front. */
class ValidatedTokensTest {
    private static final String ISSUER = "http://localhost:9000";
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-30T08:00:00Z"));
    private final RSAKey key = generate("the-provider");
    private final AtomicInteger signatureChecks = new AtomicInteger();
    private final ValidatedTokens tokens;

    ValidatedTokensTest() {
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        OAuth2TokenValidator<Jwt> validator = JwtValidators.createDefaultWithValidators(timestamps, new JwtIssuerValidator(ISSUER));
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withPublicKey(publicKey(key)).build();
        nimbus.setJwtValidator(validator);
        JwtDecoder counting = token -> {
            signatureChecks.incrementAndGet();
            return nimbus.decode(token);
        };
        tokens = new ValidatedTokens(counting, validator, Duration.ofMinutes(5), 100, clock);
    }

    @Test
    void aTokenSentAgainIsNotCheckedAgain() {
        String token = sign(key, "baocao.tinh", Duration.ofMinutes(30));
        assertThat(tokens.decode(token).getSubject()).isEqualTo("baocao.tinh");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("baocao.tinh");
        assertThat(signatureChecks).hasValue(1);
    }

    @Test
    void theSameClaimsUnderAnotherSignatureAreCheckedAndRefused() {
        String token = sign(key, "baocao.tinh", Duration.ofMinutes(30));
        tokens.decode(token);
        String forged = token.substring(0, token.lastIndexOf('.') + 1)
                + sign(generate("the-provider"), "baocao.tinh", Duration.ofMinutes(30)).substring(token.lastIndexOf('.') + 1);
        assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
        assertThat(signatureChecks).hasValue(2);
    }

    @Test
    void aRememberedTokenThatExpiredIsRefused() {
        String token = sign(key, "baocao.tinh", Duration.ofMinutes(2));
        tokens.decode(token);
        clock.advance(Duration.ofMinutes(3));
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtException.class).hasMessageContaining("expired");
    }

    @Test
    void aSignatureIsTrustedForAWhileOnly() {
        String token = sign(key, "baocao.tinh", Duration.ofHours(1));
        tokens.decode(token);
        clock.advance(Duration.ofMinutes(4));
        tokens.decode(token);
        assertThat(signatureChecks).hasValue(1);
        clock.advance(Duration.ofMinutes(2));
        tokens.decode(token);
        assertThat(signatureChecks).hasValue(2);
    }

    @Test
    void aBadTokenIsNeverRemembered() {
        assertThatThrownBy(() -> tokens.decode("not.a.token")).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> tokens.decode("not.a.token")).isInstanceOf(JwtException.class);
        assertThat(signatureChecks).hasValue(2);
    }

    private String sign(RSAKey signingKey, String subject, Duration validFor) {
        try {
            JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).issuer(ISSUER)
                    .issueTime(Date.from(clock.instant())).expirationTime(Date.from(clock.instant().plus(validFor))).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signingKey.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate(String id) {
        try {
            return new RSAKeyGenerator(2048).keyID(id).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.security.interfaces.RSAPublicKey publicKey(RSAKey key) {
        try {
            return key.toRSAPublicKey();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
