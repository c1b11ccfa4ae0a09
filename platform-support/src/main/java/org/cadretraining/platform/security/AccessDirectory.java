package org.cadretraining.platform.security;

import java.util.List;

/**
 * Who holds which grants, and the unit tree they are read against. The registry keeps the grants; the other services
 * read a replica of them built from its events.
 */
public interface AccessDirectory extends UnitAncestry {
    List<Grant> grantsOf(String subject);

    /** False until the directory has caught up with what was known when the service started. */
    boolean ready();
}
