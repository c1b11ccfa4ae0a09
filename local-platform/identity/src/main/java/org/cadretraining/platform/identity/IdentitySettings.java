package org.cadretraining.platform.identity;

import java.util.List;
import java.util.Map;

/**
 * What the embedded identity provider knows: where it listens, who may sign in (user name and password), which
 * applications may ask for tokens, and which browser origins may call its token endpoint (Swagger UI).
 */
public record IdentitySettings(int port, Map<String, String> users, List<PlatformClient> clients, List<String> corsOrigins) {
    public IdentitySettings {
        users = Map.copyOf(users);
        clients = List.copyOf(clients);
        corsOrigins = List.copyOf(corsOrigins);
    }
}
