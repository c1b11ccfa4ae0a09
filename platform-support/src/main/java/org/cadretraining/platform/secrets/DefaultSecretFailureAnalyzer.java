package org.cadretraining.platform.secrets;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up's report of a refused default: the settings by name and what to do, without a stack trace. */
class DefaultSecretFailureAnalyzer extends AbstractFailureAnalyzer<DefaultSecretException> {
    @Override
    protected FailureAnalysis analyze(Throwable root, DefaultSecretException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set " + String.join(", ", cause.properties()) + " to a secret of your own (for a service, through its "
                        + "*_PASSWORD or *_SECRET environment variable), or, on a developer's machine, activate the '"
                        + DefaultSecretGuard.LOCAL_PROFILE + "' profile.", cause);
    }
}
