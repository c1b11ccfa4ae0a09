package org.cadretraining.platform.security;

import java.util.function.Supplier;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is making the current change, for audit lines, outbox events and access logs: the subject of the validated
 * token of the request, or, for work no request asked for (a consumed event), the system actor it runs as.
 */
public final class Actor {
    /** Work that neither a request nor a named system actor started. */
    public static final String SYSTEM = "system";
    private static final ThreadLocal<String> RUNNING_AS = new ThreadLocal<>();

    private Actor() {
    }

    public static String current() {
        String system = RUNNING_AS.get();
        if (system != null) {
            return system;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken)) {
            return authentication.getName();
        }
        return SYSTEM;
    }

    /** Runs {@code work} as the named system actor (a consumer applying an event, a scheduled job). */
    public static <T> T callAs(String actor, Supplier<T> work) {
        String previous = RUNNING_AS.get();
        RUNNING_AS.set(actor == null || actor.isBlank() ? SYSTEM : actor);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                RUNNING_AS.remove();
            } else {
                RUNNING_AS.set(previous);
            }
        }
    }

    public static void runAs(String actor, Runnable work) {
        callAs(actor, () -> {
            work.run();
            return null;
        });
    }
}
