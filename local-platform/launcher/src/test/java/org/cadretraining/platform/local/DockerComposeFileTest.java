package org.cadretraining.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cadretraining.platform.infrastructure.BrokerAccess;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so the compose file is checked statically: it must build each service from a
 * Dockerfile that exists, and hand each one the variables its own configuration reads.
 */
class DockerComposeFileTest {
    private static final Path ROOT = Path.of("../..");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() throws IOException {
        try (InputStream in = Files.newInputStream(ROOT.resolve("docker-compose.yml"))) {
            return (Map<String, Object>) new Yaml().<Map<String, Object>>load(in).get("services");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void buildsEachServiceAndGivesItWhatItsConfigurationReads() throws IOException {
        Map<String, Object> services = services();
        assertThat(services).containsKeys("kafka", "postgres", "keycloak", "cadre-registry-service", "enrollment-service",
                "reporting-service", "web-console");
        assertThat(((Map<String, Object>) services.get("kafka")).get("image").toString()).startsWith("apache/kafka:");
        Map<String, String> configs = Map.of("cadre-registry-service", "cadre-registry.yml",
                "enrollment-service", "enrollment.yml", "reporting-service", "reporting.yml", "web-console", "web-console.yml");
        for (var entry : configs.entrySet()) {
            Map<String, Object> service = (Map<String, Object>) services.get(entry.getKey());
            Map<String, Object> build = (Map<String, Object>) service.get("build");
            assertThat(ROOT.resolve(build.get("context").toString()).resolve(build.get("dockerfile").toString()))
                    .as("Dockerfile of " + entry.getKey()).exists();
            String configuration = classpath(entry.getValue());
            Map<String, Object> environment = (Map<String, Object>) service.get("environment");
            assertThat(environment).isNotEmpty();
            for (String variable : environment.keySet()) {
                assertThat(configuration).as(entry.getKey() + " reads " + variable).contains("${" + variable);
            }
            assertThat(environment).containsKey(entry.getKey().equals("web-console") ? "PLATFORM_ISSUER_URI" : "KAFKA_BOOTSTRAP");
            assertThat(environment.get("PLATFORM_ISSUER_URI")).as(entry.getKey() + " trusts the realm's issuer")
                    .isEqualTo("http://keycloak:8180/realms/cadre-training");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void keycloakImportsARealmWithTheDemoOfficialsTheClientsAndTheServicesScopes() throws IOException {
        Map<String, Object> keycloak = (Map<String, Object>) services().get("keycloak");
        assertThat(keycloak.get("volumes").toString()).contains("./docker/keycloak/cadre-training-realm.json");
        Map<String, Object> realm;
        try (InputStream in = Files.newInputStream(ROOT.resolve("docker/keycloak/cadre-training-realm.json"))) {
            realm = new Yaml().load(in);
        }
        assertThat(realm.get("realm")).isEqualTo("cadre-training");
        List<Map<String, Object>> users = (List<Map<String, Object>>) realm.get("users");
        assertThat(users).extracting(u -> u.get("username")).containsAll(
                org.cadretraining.platform.demo.DemoIdentities.USERS.stream().map(org.cadretraining.platform.demo.DemoIdentities.DemoUser::username).toList());
        List<Map<String, Object>> clients = (List<Map<String, Object>>) realm.get("clients");
        Map<String, Map<String, Object>> byId = new java.util.HashMap<>();
        clients.forEach(c -> byId.put(c.get("clientId").toString(), c));
        assertThat(byId).containsKeys("platform-web", "platform-swagger", "platform-cli", "enrollment-service", "reporting-service");
        assertThat((List<String>) byId.get("enrollment-service").get("defaultClientScopes")).contains("registry.cadre-facts");
        assertThat((List<String>) byId.get("reporting-service").get("defaultClientScopes")).contains("reporting.stores");
        assertThat(byId.get("platform-web").get("redirectUris").toString()).contains("/login/oauth2/code/platform");
        assertThat(byId.get("platform-web").get("publicClient")).isEqualTo(false);
        assertThat(byId.get("platform-swagger").get("publicClient")).isEqualTo(true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void postgresCreatesOneDatabasePerServiceOwnedByTheServicesOwnRole() throws IOException {
        String init = Files.readString(ROOT.resolve("docker/postgres/init.sql"));
        Map<String, Object> services = services();
        Map<String, Object> postgres = (Map<String, Object>) ((Map<String, Object>) services.get("postgres")).get("environment");
        for (String database : List.of("registry", "enrollment", "reporting")) {
            String prefix = database.toUpperCase();
            assertThat(init).contains("CREATE ROLE " + database + " LOGIN PASSWORD :'" + database + "_password' NOSUPERUSER",
                    "\\getenv " + database + "_password " + prefix + "_DB_PASSWORD",
                    "CREATE DATABASE " + database + " OWNER " + database, "REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
            // The service logs in as its role, with the password the database was given: never as the superuser.
            String service = services.keySet().stream().filter(name -> name.endsWith(database + "-service")).findFirst().orElseThrow();
            Map<String, Object> environment = (Map<String, Object>) ((Map<String, Object>) services.get(service)).get("environment");
            assertThat(environment).containsEntry(prefix + "_DB_USER", database);
            assertThat(environment.get(prefix + "_DB_PASSWORD")).isEqualTo(postgres.get(prefix + "_DB_PASSWORD"));
        }
        assertThat(postgres.get("POSTGRES_PASSWORD")).isNotEqualTo("postgres");
    }

    /**
     * The compose broker is secured as the local one is: SCRAM over TLS for every listener clients reach, deny by
     * default, each service as its own principal, and exactly the topics and ACLs the catalogue and BrokerAccess define.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theBrokerTakesSaslSslWithScramAndTheAclsAndTopicsOfTheCatalogue() throws IOException {
        String start = Files.readString(ROOT.resolve("docker/kafka/start.sh"));
        assertThat(start).contains("listener.security.protocol.map=SASL_SSL:SASL_SSL,EXTERNAL:SASL_SSL,CONTROLLER:SASL_PLAINTEXT",
                "CONTROLLER://localhost:9093", "sasl.enabled.mechanisms=SCRAM-SHA-512",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "allow.everyone.if.no.acl.found=false", "super.users=User:broker;User:admin");
        List<BrokerAccess.Agency> agencies = List.of(new BrokerAccess.Agency("national-db", true),
                new BrokerAccess.Agency("statistics", false));
        for (String principal : BrokerAccess.principals(agencies)) {
            assertThat(start).as("a SCRAM credential for " + principal).contains("[name=" + principal + ",password=$");
        }
        assertThat(lines("docker/kafka/acls.txt")).as("docker/kafka/acls.txt against BrokerAccess")
                .containsExactlyInAnyOrderElementsOf(BrokerAccess.bindings(agencies).stream().map(BrokerAccess::line).toList());
        assertThat(lines("docker/kafka/topics.txt")).as("docker/kafka/topics.txt against the catalogue")
                .containsExactlyInAnyOrderElementsOf(org.cadretraining.events.Topics.all().stream().map(topic -> topic.name() + " "
                        + topic.partitions() + " " + String.join(",", new java.util.TreeMap<>(topic.config()).entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue()).toList())).toList());
        Map<String, Object> services = services();
        for (BrokerAccess.Service service : BrokerAccess.SERVICES) {
            Map<String, Object> environment = (Map<String, Object>) ((Map<String, Object>) services.get(service.principal())).get("environment");
            assertThat(environment).containsEntry("KAFKA_SECURITY_PROTOCOL", "SASL_SSL").containsEntry("KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
            assertThat(environment.get("KAFKA_SASL_JAAS_CONFIG").toString()).as(service.principal() + " signs in as itself")
                    .contains("ScramLoginModule", "username=\"" + service.principal() + "\"");
        }
    }

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(ROOT.resolve(file)).stream().filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
    }

    private static String classpath(String name) throws IOException {
        try (InputStream in = DockerComposeFileTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
