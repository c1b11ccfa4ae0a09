package org.cadretraining.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

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
        assertThat(services).containsKeys("kafka", "postgres", "cadre-registry-service", "enrollment-service", "reporting-service");
        assertThat(((Map<String, Object>) services.get("kafka")).get("image").toString()).startsWith("apache/kafka:");
        Map<String, String> configs = Map.of("cadre-registry-service", "cadre-registry.yml",
                "enrollment-service", "enrollment.yml", "reporting-service", "reporting.yml");
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
            assertThat(environment).containsKey("KAFKA_BOOTSTRAP");
        }
    }

    @Test
    void postgresCreatesOneDatabasePerService() throws IOException {
        String init = Files.readString(ROOT.resolve("docker/postgres/init.sql"));
        assertThat(init).contains("CREATE DATABASE registry", "CREATE DATABASE enrollment", "CREATE DATABASE reporting");
    }

    private static String classpath(String name) throws IOException {
        try (InputStream in = DockerComposeFileTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name + " on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
