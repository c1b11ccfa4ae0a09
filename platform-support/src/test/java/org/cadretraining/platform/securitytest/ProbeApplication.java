package org.cadretraining.platform.securitytest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import org.cadretraining.events.vocabulary.UnitLevel;
import org.cadretraining.platform.security.Access;
import org.cadretraining.platform.security.AccessPolicy;
import org.cadretraining.platform.security.Actor;
import org.cadretraining.platform.security.Permission;
import org.cadretraining.platform.security.PersonalDataAccessLog;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
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
        private final JdbcClient jdbc;

        Probe(AccessPolicy access, PersonalDataAccessLog log, JdbcClient jdbc) {
            this.access = access;
            this.log = log;
            this.jdbc = jdbc;
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

        /** A strictly validated request that writes a row when it is valid: the fuzzer must find nothing here. */
        public record Registration(@NotBlank @Size(max = 120) String name, @NotNull @Min(1) @Max(100) Integer seats,
                                   @Size(max = 5) List<@NotNull @Size(max = 40) String> tags, @NotNull UnitLevel level,
                                   @Valid Contact contact) {
        }

        public record Contact(@Size(max = 200) String email, @Past LocalDate since) {
        }

        /** The one unit registrations may go to; any other id names nothing. */
        public static final UUID KNOWN_UNIT = UUID.fromString("0b8e9c7a-4e39-4d43-9d0e-5f1e2a3b4c5d");

        @PostMapping("/probe/registrations/{unitId}")
        @Access(Permission.REGISTER_WRITE)
        public ResponseEntity<String> registerStrictly(@PathVariable UUID unitId, @RequestParam(defaultValue = "false") boolean notify,
                                                       @Valid @RequestBody Registration body) {
            if (!KNOWN_UNIT.equals(unitId)) {
                throw org.cadretraining.platform.web.DomainProblem.notFound("Unit", unitId.toString());
            }
            jdbc.sql("INSERT INTO processed_event (consumer, event_id, event_type) VALUES ('probe', :id, 'registration')")
                    .param("id", UUID.randomUUID().toString()).update();
            return ResponseEntity.status(201).body("registered " + body.name());
        }

        /** A request nobody bounded or validated, that writes whatever it is given: the fuzzer must find it out. */
        public record LaxRegistration(String name, Double share) {
        }

        @PostMapping("/probe/lax")
        @Access(Permission.REGISTER_WRITE)
        public String registerLaxly(@RequestBody LaxRegistration body) {
            jdbc.sql("INSERT INTO processed_event (consumer, event_id, event_type) VALUES ('probe', :id, 'lax')")
                    .param("id", UUID.randomUUID().toString()).update();
            return "registered";
        }

        /** An upload: its own multipart limits apply, not the body limit of JSON requests. */
        @PostMapping("/probe/uploads")
        @Access(Permission.REGISTER_WRITE)
        public String upload(@RequestPart("file") MultipartFile file) {
            return String.valueOf(file.getSize());
        }

        /** A route somebody forgot to give a rule. */
        @GetMapping("/probe/forgotten")
        public String forgotten() {
            return "should never be seen";
        }
    }
}
