package org.cadretraining.architecturefixtures;

import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.Permission;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the architecture rules must catch, to show that they can fail: a route without an access rule, and a controller
 * that uses another as a service. Outside the service's package, so that no application context picks them up.
 */
public final class Fixtures {
    private Fixtures() {
    }

    @RestController
    public static class Forgotten {
        @GetMapping("/forgotten")
        public String figures() {
            return "no rule";
        }
    }

    @RestController
    @Access(Permission.REPORTS_READ)
    public static class ControllerAsService {
        private final Forgotten other;

        public ControllerAsService(Forgotten other) {
            this.other = other;
        }

        @GetMapping("/borrowed")
        public String borrowed() {
            return other.figures();
        }
    }
}
