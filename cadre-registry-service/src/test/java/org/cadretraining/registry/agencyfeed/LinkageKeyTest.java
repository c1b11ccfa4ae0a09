package org.cadretraining.registry.agencyfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class LinkageKeyTest {
    /** Bytes 0..31: the vector below was computed independently (Python's hmac module). */
    private static final byte[] KEY = Base64.getDecoder().decode("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");

    @Test
    void thePseudonymIsHmacSha256OfTheDigitsUnderTheKey() {
        LinkageKey key = new LinkageKey(KEY, "2026-1");
        assertThat(key.pseudonymOf("001090123456"))
                .isEqualTo("a73881ae2a0865b6039593014b773f70baf048bdbc70eaac6b88def43b31af69");
        assertThat(key.keyId()).isEqualTo("2026-1");
        // Another key makes another pseudonym: the key, not the number, is the secret.
        byte[] other = KEY.clone();
        other[0] = 1;
        assertThat(new LinkageKey(other, "2026-2").pseudonymOf("001090123456")).isNotEqualTo(key.pseudonymOf("001090123456"));
    }

    @Test
    void refusesAShortKeyAMissingIdAndWhatIsNotACitizenId() {
        assertThatThrownBy(() -> new LinkageKey(new byte[16], "k")).hasMessageContaining("at least 32 bytes");
        assertThatThrownBy(() -> new LinkageKey(KEY, " ")).hasMessageContaining("needs an id");
        LinkageKey key = new LinkageKey(KEY, "k");
        assertThatThrownBy(() -> key.pseudonymOf("12345")).hasMessageContaining("12 digits");
        assertThat(key.toString()).doesNotContain(Base64.getEncoder().encodeToString(KEY)).contains("k");
    }

    @Test
    void aMisconfiguredKeyIsNamedNotShown() {
        assertThat(new AgencyFeedProperties(null, null).key()).isEmpty();
        assertThatThrownBy(() -> new AgencyFeedProperties("not base64 !", "k").key())
                .hasMessage("platform.agency-feed.linkage-key is not Base64");
    }
}
