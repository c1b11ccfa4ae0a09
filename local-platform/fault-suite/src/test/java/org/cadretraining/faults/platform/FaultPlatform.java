package org.cadretraining.faults.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.cadretraining.faults.BrokerMain;
import org.cadretraining.faults.platform.Processes.Managed;
import org.cadretraining.platform.identity.IdentityProvider;
import org.cadretraining.platform.identity.IdentitySettings;
import org.cadretraining.platform.identity.PlatformClient;
import org.cadretraining.platform.infrastructure.DatabaseCoordinates;
import org.cadretraining.platform.infrastructure.Infrastructure;

/**
 * The platform as separate OS processes: the broker ({@link BrokerMain}) and each service from its exec jar, exactly
 * as {@code java -jar} runs it, with its ports, database, broker, issuer, administrators and client in its
 * environment. PostgreSQL (zonky's, keeping its data) and the identity provider run in the suite's JVM: the faults
 * are the broker's and the services'. Everything lives under the suite's home in target/.
 */
public final class FaultPlatform implements AutoCloseable {
    public static final Duration START_UP = Duration.ofMinutes(4);
    public static final String ADMINISTRATOR = Officials.Official.ADMIN.username();

    private final Path repository;
    private final Path home;
    private final Processes processes;
    private final Officials officials = new Officials();
    private final ResponseLog responses = new ResponseLog();
    private final Map<String, String> secrets = Map.of("enrollment-service", UUID.randomUUID().toString(),
            "reporting-service", UUID.randomUUID().toString());
    private final int kafkaPort = freePort();
    private final int registryPort = freePort();
    private final int enrollmentPort = freePort();
    private final int reportingPort = freePort();
    private IdentityProvider identity;
    private DatabaseCoordinates registryDb;
    private DatabaseCoordinates enrollmentDb;
    private DatabaseCoordinates reportingDb;
    private Managed broker;
    private Managed registry;
    private Managed enrollment;
    private Managed reporting;

    private FaultPlatform(Path repository, Path home) {
        this.repository = repository.toAbsolutePath().normalize();
        this.home = home.toAbsolutePath().normalize();
        this.processes = new Processes(this.home.resolve("logs"));
        // PostgreSQL is a process of this JVM's: it must not outlive a suite that ends abruptly.
        Runtime.getRuntime().addShutdownHook(new Thread(Infrastructure::stop, "fault-suite-postgres"));
    }

    /** Starts everything on a fresh home: the identity provider and PostgreSQL here, the broker and the services as processes. */
    public static FaultPlatform start(Path repository, Path home) throws IOException {
        FaultPlatform platform = new FaultPlatform(repository, home);
        platform.startAll();
        return platform;
    }

    private void startAll() throws IOException {
        deleteRecursively(home);
        Files.createDirectories(home);
        identity = IdentityProvider.start(new IdentitySettings(0, officials.users(), List.of(PlatformClient.cli(),
                PlatformClient.service("enrollment-service", secrets.get("enrollment-service"), PlatformClient.REGISTRY_CADRE_FACTS),
                PlatformClient.service("reporting-service", secrets.get("reporting-service"), PlatformClient.REPORTING_STORES)),
                List.of()));
        officials.signInAt(identity.issuer());
        Infrastructure.keepDataUnder(home.resolve("data"));
        registryDb = Infrastructure.database("registry", 0);
        enrollmentDb = Infrastructure.database("enrollment", 0);
        reportingDb = Infrastructure.database("reporting", 0);

        String java = ProcessHandle.current().info().command().orElse("java");
        broker = processes.define("broker", List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                        "-Djava.io.tmpdir=" + tmp("broker"), "-cp", System.getProperty("java.class.path"),
                        BrokerMain.class.getName(), home.resolve("data").resolve("kafka").toString(), String.valueOf(kafkaPort)),
                Map.of(), () -> broker.logContains(BrokerMain.READY));
        registry = service("cadre-registry-service", registryPort, Map.of(
                "REGISTRY_PORT", String.valueOf(registryPort),
                "REGISTRY_DB_URL", registryDb.jdbcUrl(), "REGISTRY_DB_USER", registryDb.username(),
                "REGISTRY_DB_PASSWORD", registryDb.password()));
        enrollment = service("enrollment-service", enrollmentPort, Map.of(
                "ENROLLMENT_PORT", String.valueOf(enrollmentPort),
                "ENROLLMENT_DB_URL", enrollmentDb.jdbcUrl(), "ENROLLMENT_DB_USER", enrollmentDb.username(),
                "ENROLLMENT_DB_PASSWORD", enrollmentDb.password(),
                "REGISTRY_URL", "http://localhost:" + registryPort,
                "ENROLLMENT_CLIENT_ID", "enrollment-service", "ENROLLMENT_CLIENT_SECRET", secrets.get("enrollment-service")));
        reporting = service("reporting-service", reportingPort, Map.of(
                "REPORTING_PORT", String.valueOf(reportingPort),
                "REPORTING_DB_URL", reportingDb.jdbcUrl(), "REPORTING_DB_USER", reportingDb.username(),
                "REPORTING_DB_PASSWORD", reportingDb.password(),
                "REPORTING_STATE_DIR", home.resolve("reporting-state").toString(),
                "REPORTING_CLIENT_ID", "reporting-service", "REPORTING_CLIENT_SECRET", secrets.get("reporting-service")));

        broker.startAndAwait(START_UP);
        for (Managed service : services()) {
            service.start();
        }
        for (Managed service : services()) {
            service.awaitReady(START_UP);
        }
    }

    private Managed service(String name, int port, Map<String, String> own) {
        Path jar = repository.resolve(name).resolve("target").resolve(name + "-0.1.0-SNAPSHOT-exec.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No " + jar + ": the suite's Maven command packages the services first (-am)");
        }
        Map<String, String> environment = new HashMap<>(own);
        environment.put("KAFKA_BOOTSTRAP", brokers());
        environment.put("PLATFORM_ISSUER_URI", identity.issuer());
        environment.put("PLATFORM_ADMINISTRATORS", ADMINISTRATOR);
        environment.put("LOGGING_LEVEL_ORG_APACHE_KAFKA", "WARN");
        environment.put("SPRING_MAIN_BANNER_MODE", "off");
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, name.equals("reporting-service") ? "-Xmx640m" : "-Xmx384m",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + tmp(name), "-jar", jar.toString()));
        return processes.define(name, command, environment, readiness(port));
    }

    /** Up when the service says it is ready to take traffic (Spring Boot's readiness probe, public). */
    private static BooleanSupplier readiness(int port) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        return () -> {
            try {
                return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        };
    }

    private String tmp(String name) {
        Path tmp = home.resolve("tmp").resolve(name);
        try {
            Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return tmp.toString();
    }

    public List<Managed> services() {
        return List.of(registry, enrollment, reporting);
    }

    public Managed broker() {
        return broker;
    }

    public Managed registry() {
        return registry;
    }

    public Managed enrollment() {
        return enrollment;
    }

    public Managed reporting() {
        return reporting;
    }

    public String brokers() {
        return "localhost:" + kafkaPort;
    }

    public ServiceClient registryApi() {
        return new ServiceClient("registry", "http://localhost:" + registryPort, officials, responses);
    }

    public ServiceClient enrollmentApi() {
        return new ServiceClient("enrollment", "http://localhost:" + enrollmentPort, officials, responses);
    }

    public ServiceClient reportingApi() {
        return new ServiceClient("reporting", "http://localhost:" + reportingPort, officials, responses);
    }

    public DatabaseCoordinates registryDatabase() {
        return registryDb;
    }

    public DatabaseCoordinates enrollmentDatabase() {
        return enrollmentDb;
    }

    public DatabaseCoordinates reportingDatabase() {
        return reportingDb;
    }

    public Officials officials() {
        return officials;
    }

    public ResponseLog responses() {
        return responses;
    }

    public Path home() {
        return home;
    }

    /**
     * After a fault that failed half-way: the broker resumed, and whatever is not running started again, so that the
     * next fault begins on a whole platform.
     */
    public void ensureRunning() {
        if (broker.alive()) {
            broker.resume();
        } else {
            broker.startAndAwait(START_UP);
        }
        for (Managed service : services()) {
            if (!service.alive()) {
                service.startAndAwait(START_UP);
            }
        }
    }

    /** The services first, then the broker; PostgreSQL and the identity provider last, as the local platform stops. */
    @Override
    public void close() {
        for (Managed service : List.of(reporting, enrollment, registry)) {
            if (service != null) {
                service.stop(Duration.ofSeconds(20));
            }
        }
        if (broker != null) {
            broker.stop(Duration.ofSeconds(30));
        }
        processes.close();
        Infrastructure.stop();
        if (identity != null) {
            identity.close();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
