package org.cadretraining.faults.platform;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.cadretraining.events.vocabulary.AccessRole;
import org.cadretraining.platform.identity.SignIn;

/**
 * The officials the load acts as, each signed in through the identity provider's login form like anyone else, with a
 * role on the province (the provider on its school). Their tokens live ten minutes: each is signed in again well before.
 */
public final class Officials {
    /** Who does what; {@code role} null is the platform's bootstrap administrator (PLATFORM_ADMINISTRATORS). */
    public enum Official {
        ADMIN("admin", null),
        PERSONNEL("nhansu.tinh", AccessRole.PERSONNEL_OFFICER),
        TRAINING("daotao.tinh", AccessRole.TRAINING_OFFICER),
        UNIT("donvi.tinh", AccessRole.UNIT_OFFICER),
        PROVIDER("truong.chinhtri", AccessRole.TRAINING_PROVIDER),
        REPORTS("baocao.tinh", AccessRole.REPORT_VIEWER);

        private final String username;
        private final AccessRole role;

        Official(String username, AccessRole role) {
            this.username = username;
            this.role = role;
        }

        public String username() {
            return username;
        }

        public AccessRole role() {
            return role;
        }
    }

    private static final Duration SIGN_IN_AGAIN_AFTER = Duration.ofMinutes(4);
    private final Map<String, String> passwords = new HashMap<>();
    private final Map<Official, Token> tokens = new EnumMap<>(Official.class);
    private String issuer;

    private record Token(String value, long signedInAt) {
    }

    public Officials() {
        for (Official official : Official.values()) {
            passwords.put(official.username(), "pw-" + UUID.randomUUID());
        }
    }

    /** User name → password, for the identity provider's settings. */
    public Map<String, String> users() {
        return Map.copyOf(passwords);
    }

    public void signInAt(String issuer) {
        this.issuer = issuer;
    }

    public synchronized String token(Official official) {
        Token token = tokens.get(official);
        if (token == null || System.nanoTime() - token.signedInAt() > SIGN_IN_AGAIN_AFTER.toNanos()) {
            token = new Token(SignIn.accessToken(issuer, official.username(), passwords.get(official.username())), System.nanoTime());
            tokens.put(official, token);
        }
        return token.value();
    }
}
