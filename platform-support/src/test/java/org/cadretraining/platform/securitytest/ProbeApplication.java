package org.cadretraining.platform.securitytest;

import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.AccessPolicy;
import org.cadretraining.platform.security.Actor;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.security.PersonalDataAccessLog;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A service with a route of each kind of rule, to test the platform's security chain on. */
@SpringBootApplication
public class ProbeApplication {

    @RestController
    static class Probe {
        private final AccessPolicy access;
        private final PersonalDataAccessLog log;

        Probe(AccessPolicy access, PersonalDataAccessLog log) {
            this.access = access;
            this.log = log;
        }

        public record Body(String name) {
        }

        /** Needs REGISTER_WRITE on the unit named; the body is read only after the route's rule passed. */
        @PostMapping("/probe/units/{unitId}/cadres")
        @Access(Permission.REGISTER_WRITE)
        public String register(@PathVariable String unitId, @RequestBody Body body) {
            access.require(Permission.REGISTER_WRITE, unitId);
            return "registered " + body.name() + " by " + Actor.current();
        }

        @GetMapping("/probe/cadres/{cadreId}")
        @Access(Permission.PERSON_READ)
        public String read(@PathVariable String cadreId, @org.springframework.web.bind.annotation.RequestParam String unitId) {
            access.require(Permission.PERSON_READ, unitId);
            log.read("READ_PROFILE", cadreId, unitId);
            return cadreId;
        }

        @GetMapping("/probe/me")
        @Access(anyUser = true)
        public String me() {
            return Actor.current();
        }

        @GetMapping("/probe/facts")
        @Access(scopes = "registry.cadre-facts")
        public String facts() {
            return "facts for " + Actor.current();
        }

        /** A route somebody forgot to give a rule. */
        @GetMapping("/probe/forgotten")
        public String forgotten() {
            return "should never be seen";
        }
    }
}
