package org.cadretraining.platform.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The packaged jar, started as the README says, when it cannot start: the broker's port is taken. It must say why and
 * exit, not stay up half-started with nothing to serve (the identity provider's server kept the JVM alive).
 */
class PackagedStartFailureIT {
    private static final Path JAR = Path.of("target/local-platform.jar");
    private static final Path DIRECTORY = Path.of("target/packaged-start-failure");

    @Test
    void aPlatformThatCannotStartSaysWhyAndExits() throws IOException, InterruptedException {
        assertThat(JAR).as("the packaged jar; run through Maven's verify phase").exists();
        Files.createDirectories(DIRECTORY);
        Path console = DIRECTORY.resolve("console.log");
        try (ServerSocket taken = new ServerSocket(FreePorts.next(), 1, InetAddress.getByName("localhost"))) {
            String java = ProcessHandle.current().info().command().orElse("java");
            ProcessBuilder builder = new ProcessBuilder(java, "-jar", JAR.toAbsolutePath().toString(), "--fresh")
                    .redirectErrorStream(true).redirectOutput(console.toFile());
            Map<String, String> env = builder.environment();
            env.put("LOCAL_PLATFORM_DIR", DIRECTORY.resolve("data").toString());
            env.put("KAFKA_PORT", String.valueOf(taken.getLocalPort()));
            for (String port : new String[] {"POSTGRES_PORT", "REGISTRY_PORT", "ENROLLMENT_PORT", "REPORTING_PORT", "WEB_PORT",
                    "IDENTITY_PORT"}) {
                env.put(port, String.valueOf(FreePorts.next()));
            }
            env.put("DEMO_CADRES", "0");
            Process process = builder.start();
            try {
                assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the jar exits; it printed:\n%s", Files.readString(console))
                        .isTrue();
                assertThat(process.exitValue()).isEqualTo(1);
                assertThat(Files.readString(console)).contains("Could not start the platform")
                        .contains(String.valueOf(taken.getLocalPort())).doesNotContain("Cadre Training Platform is up");
            } finally {
                process.destroyForcibly();
            }
        }
    }
}
