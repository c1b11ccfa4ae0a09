package org.cadretraining.registry.audit;

/**
 * Who is making the current change. Until authentication arrives it comes from the {@code X-Acting-User} header;
 * changes no request asked for (a consumed event) are made by a named system actor.
 */
public final class ActingUser {
    public static final String HEADER = "X-Acting-User";
    public static final String ANONYMOUS = "anonymous";
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private ActingUser() {
    }

    public static String current() {
        String user = CURRENT.get();
        return user == null ? ANONYMOUS : user;
    }

    /** Runs {@code action} as {@code user}; a blank or missing name is anonymous. */
    public static void runAs(String user, Runnable action) {
        String previous = CURRENT.get();
        CURRENT.set(normalize(user));
        try {
            action.run();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    static String normalize(String user) {
        if (user == null || user.isBlank()) {
            return ANONYMOUS;
        }
        String trimmed = user.strip().replaceAll("\\p{Cntrl}", "");
        // A header is not a place to store an essay: keep the trail readable.
        return trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed;
    }
}
