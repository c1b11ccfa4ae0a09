package org.cadretraining.platform.secrets;

import java.util.List;

/** Start-up refused for settings holding a shipped default; names them, never their values. */
public class DefaultSecretException extends IllegalStateException {
    private final List<String> properties;

    DefaultSecretException(List<String> properties, String message) {
        super(message);
        this.properties = List.copyOf(properties);
    }

    public List<String> properties() {
        return properties;
    }
}
