package org.cadretraining.platform.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import org.cadretraining.enrollment.EnrollmentApplication;
import org.cadretraining.platform.demo.DemoIdentities;
import org.cadretraining.platform.demo.DemoLoader;
import org.cadretraining.platform.identity.IdentityProvider;
import org.cadretraining.platform.identity.IdentitySettings;
import org.cadretraining.platform.identity.PlatformClient;
import org.cadretraining.platform.infrastructure.ApiClient;
import org.cadretraining.platform.infrastructure.BrokerAccess;
import org.cadretraining.platform.infrastructure.DatabaseCoordinates;
import org.cadretraining.platform.infrastructure.Infrastructure;
import org.cadretraining.platform.secrets.DefaultSecretGuard;
import org.cadretraining.registry.RegistryApplication;
import org.cadretraining.reporting.ReportingApplication;
import org.cadretraining.web.WebConsoleApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole platform in one JVM: a real KRaft broker, a real PostgreSQL with one database per service, the embedded
 * OIDC provider with the demo officials, the three services and the web console on their ports, and a demo province.
 * The broker's log, the databases and the stream state are kept under one data directory across restarts
 * ({@code --fresh} starts over); the logs go to a file there ({@code --verbose} shows them on the console too).
 */
public final class LocalPlatform implements AutoCloseable {
    // Not made at class loading: main() first says where the logs go, and the first logger made sets Logback up.
    private static Logger log() {
        return LoggerFactory.getLogger(LocalPlatform.class);
    }
    /** Where the platform keeps its data unless LOCAL_PLATFORM_DIR says otherwise; the README names it. */
    public static final String DEFAULT_DIRECTORY = "local-platform-data";

    /** Ports and where to keep data; {@link #defaults()} reads the environment. */
    public record Settings(Path directory, int kafkaPort, int postgresPort, int registryPort, int enrollmentPort,
                           int reportingPort, int webPort, int identityPort, int demoCadres) {
        public static Settings defaults() {
            return new Settings(Path.of(env("LOCAL_PLATFORM_DIR", DEFAULT_DIRECTORY)),
                    Integer.parseInt(env("KAFKA_PORT", "9092")), Integer.parseInt(env("POSTGRES_PORT", "15432")),
                    Integer.parseInt(env("REGISTRY_PORT", "8081")), Integer.parseInt(env("ENROLLMENT_PORT", "8082")),
                    Integer.parseInt(env("REPORTING_PORT", "8083")), Integer.parseInt(env("WEB_PORT", "8080")),
                    Integer.parseInt(env("IDENTITY_PORT", "9000")), Integer.parseInt(env("DEMO_CADRES", "2000")));
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private final Settings settings;
    private final List<ConfigurableApplicationContext> services = new ArrayList<>();
    private ConfigurableApplicationContext webConsole;
    // Made up per run: the services' own clients at the embedded provider, and the console's.
    private final Map<String, String> secrets = Map.of("enrollment-service", secret(), "reporting-service", secret(),
            "platform-web", secret());
    private IdentityProvider identity;
    private String brokers;
    private DemoLoader.Loaded demo;
    private boolean demoKept;

    public LocalPlatform(Settings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        List<String> options = List.of(args);
        if (options.contains("--help")) {
            System.out.println("""
                    java -jar local-platform.jar [--fresh] [--verbose]
                      --fresh    start over: delete the data directory (LOCAL_PLATFORM_DIR, default ./%s) first
                      --verbose  show the services' logs on the console too (they always go to <data directory>/logs)
                    """.formatted(DEFAULT_DIRECTORY));
            return;
        }
        Settings settings = Settings.defaults();
        Path directory = prepareDirectory(settings.directory(), options.contains("--fresh"));
        // Before the first logger is made: the logs go to a file, the console shows them only when asked.
        System.setProperty("platform.logs", directory.resolve("logs").toString());
        System.setProperty("platform.console.level", options.contains("--verbose") ? "INFO" : "OFF");
        System.setProperty("logback.configurationFile", "logback-local-platform.xml");
        // Tomcat logs through java.util.logging: into the same file, not onto the console.
        org.slf4j.bridge.SLF4JBridgeHandler.removeHandlersForRootLogger();
        org.slf4j.bridge.SLF4JBridgeHandler.install();
        LocalPlatform platform = new LocalPlatform(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stopAndSay, "local-platform-shutdown"));
        long started = System.nanoTime();
        say("Cadre Training Platform: data in " + directory + ", logs in " + directory.resolve("logs").resolve("platform.log"));
        try {
            platform.start();
            if (settings.demoCadres() > 0) {
                platform.loadDemoIfEmpty(settings.demoCadres());
            }
        } catch (RuntimeException e) {
            // What did start (the identity provider's server, a broker thread) would keep the JVM alive with nothing
            // to serve: say why, and exit; the shutdown hook stops what is running.
            System.err.println("Could not start the platform: " + rootMessage(e) + " (details in "
                    + directory.resolve("logs").resolve("platform.log") + ")");
            log().error("Start-up failed", e);
            System.exit(1);
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.println(platform.banner(seconds));
    }

    /**
     * The root cause's message as its nearest wrappers put it: the outermost message that still quotes the root's
     * ("Socket server failed to bind to localhost:9092: Address already in use", not just the last half of it).
     */
    private static String rootMessage(Throwable e) {
        java.util.List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        Throwable root = chain.get(chain.size() - 1);
        String said = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        for (int i = chain.size() - 2; i >= 0; i--) {
            String message = chain.get(i).getMessage();
            if (message == null || !message.contains(said)) {
                break;
            }
            said = message;
        }
        return said;
    }

    private static void say(String line) {
        System.out.println(line);
    }

    /**
     * The data directory, made if missing; with {@code fresh}, emptied first. Temporary files of the libraries go under
     * it too, so that nothing is left behind elsewhere.
     */
    public static Path prepareDirectory(Path directory, boolean fresh) throws IOException {
        Path absolute = directory.toAbsolutePath();
        if (fresh && Files.exists(absolute)) {
            try (var paths = Files.walk(absolute)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
        Files.createDirectories(absolute.resolve("tmp"));
        System.setProperty("java.io.tmpdir", absolute.resolve("tmp").toString());
        return absolute;
    }

    public void start() {
        // Several Spring Boot applications start side by side in this JVM. Boot's logging set-up is per application
        // and not safe to run concurrently, so Logback is configured once, from its own file, and Boot leaves it be.
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        say("Starting the identity provider, the broker and the database…");
        identity = IdentityProvider.start(identitySettings());
        Infrastructure.keepDataUnder(settings.directory());
        // The in-process broker authenticates every client (SASL, passwords made up for this run) and denies what no
        // ACL allows: each service writes only its own topics, an agency only reads the feed.
        Infrastructure.secureKafka(BrokerAccess.principals(AGENCIES));
        brokers = Infrastructure.kafka(settings.kafkaPort()).bootstrapServers();
        if (Infrastructure.kafka().authorizesByPrincipal()) {
            BrokerAccess.apply(Infrastructure.kafkaAdmin(), AGENCIES);
            writeClientSettings();
        }
        DatabaseCoordinates registryDb = Infrastructure.database("registry", settings.postgresPort());
        DatabaseCoordinates enrollmentDb = Infrastructure.database("enrollment", settings.postgresPort());
        DatabaseCoordinates reportingDb = Infrastructure.database("reporting", settings.postgresPort());
        // The stream state is kept with the broker's log it was built from: a restart resumes, it does not rebuild.
        Path streamsState = settings.directory().toAbsolutePath().resolve("streams");
        say("Starting the services…");

        // Started side by side: each is its own Spring context, sharing only the JVM.
        List<CompletableFuture<ConfigurableApplicationContext>> starting = List.of(
                start("registry", BrokerAccess.REGISTRY.principal(), RegistryApplication::builder, settings.registryPort(), registryDb, linkageKey()),
                // Enrollment asks the registry directly only for a cadre its replica has not heard of yet, with its own token.
                start("enrollment", BrokerAccess.ENROLLMENT.principal(), EnrollmentApplication::builder, settings.enrollmentPort(), enrollmentDb,
                        Map.of("enrollment.registry.base-url", registryUrl(),
                                "platform.security.client.id", "enrollment-service",
                                "platform.security.client.secret", secrets.get("enrollment-service"))),
                start("reporting", BrokerAccess.REPORTING.principal(), ReportingApplication::builder, settings.reportingPort(), reportingDb,
                        Map.of("REPORTING_STATE_DIR", streamsState.toString(),
                                "platform.security.client.id", "reporting-service",
                                "platform.security.client.secret", secrets.get("reporting-service"))));
        for (CompletableFuture<ConfigurableApplicationContext> service : starting) {
            services.add(service.join());
        }
        webConsole = WebConsoleApplication.builder().profiles(DefaultSecretGuard.LOCAL_PROFILE).registerShutdownHook(false).run(
                "--server.port=" + settings.webPort(), "--spring.main.banner-mode=off",
                "--spring.autoconfigure.exclude=" + String.join(",", SERVICE_SIDE_AUTO_CONFIGURATIONS),
                "--spring.security.oauth2.client.provider.platform.issuer-uri=" + identity.issuer(),
                "--spring.security.oauth2.client.registration.platform.client-secret=" + secrets.get("platform-web"),
                "--web.services.registry=" + registryUrl(), "--web.services.enrollment=" + enrollmentUrl(),
                "--web.services.reporting=" + reportingUrl());
    }

    /**
     * What the services bring onto this JVM's one classpath and the console must not configure for itself: it has no
     * database, no broker, no event bindings, and it is an OAuth2 client rather than a resource server.
     */
    private static final String LOGBACK_METRICS =
            "org.springframework.boot.micrometer.metrics.autoconfigure.logging.logback.LogbackMetricsAutoConfiguration";

    private static final List<String> SERVICE_SIDE_AUTO_CONFIGURATIONS = List.of(
            LOGBACK_METRICS,
            "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
            "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
            "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
            "org.springframework.cloud.stream.config.BindersHealthIndicatorAutoConfiguration",
            "org.springframework.cloud.stream.config.ChannelsEndpointAutoConfiguration",
            "org.springframework.cloud.stream.config.BindingsEndpointAutoConfiguration",
            "org.springframework.cloud.stream.config.BindingServiceConfiguration",
            "org.springframework.cloud.stream.function.FunctionConfiguration",
            "org.springframework.cloud.stream.binder.kafka.streams.KafkaStreamsBinderSupportAutoConfiguration",
            "org.springframework.cloud.stream.binder.kafka.streams.function.KafkaStreamsFunctionAutoConfiguration",
            "org.springframework.cloud.stream.binder.kafka.streams.endpoint.KafkaStreamsTopologyEndpointAutoConfiguration",
            "org.cadretraining.platform.PlatformSupportAutoConfiguration",
            "org.cadretraining.platform.security.PlatformSecurityAutoConfiguration",
            "org.cadretraining.platform.security.OpenApiSignIn");

    /** The embedded provider: the console, Swagger UI, the command line and the services as clients; the demo officials. */
    private IdentitySettings identitySettings() {
        List<String> serviceUrls = List.of(registryUrl(), enrollmentUrl(), reportingUrl());
        Map<String, String> users = new HashMap<>();
        DemoIdentities.USERS.forEach(user -> users.put(user.username(), DemoIdentities.password()));
        return new IdentitySettings(settings.identityPort(), users, List.of(
                PlatformClient.web(webUrl(), secrets.get("platform-web")),
                PlatformClient.swagger(serviceUrls),
                PlatformClient.cli(),
                PlatformClient.service("enrollment-service", secrets.get("enrollment-service"), PlatformClient.REGISTRY_CADRE_FACTS),
                PlatformClient.service("reporting-service", secrets.get("reporting-service"), PlatformClient.REPORTING_STORES)),
                serviceUrls);
    }

    /**
     * The linkage feed's key: random, made once per data directory and kept there (owner-only), so that links stay
     * the same across restarts and no key ships with the code.
     */
    private Map<String, String> linkageKey() {
        Path file = settings.directory().toAbsolutePath().resolve("linkage.key");
        try {
            if (!java.nio.file.Files.exists(file)) {
                byte[] key = new byte[32];
                new java.security.SecureRandom().nextBytes(key);
                java.nio.file.Files.writeString(file, java.util.Base64.getEncoder().encodeToString(key));
                try {
                    java.nio.file.Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // Not a POSIX file system (Windows): the data directory's own permissions guard it.
                }
            }
            return Map.of("platform.agency-feed.linkage-key", java.nio.file.Files.readString(file).strip(),
                    "platform.agency-feed.linkage-key-id", "local-" + settings.directory().toAbsolutePath().getFileName());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot keep the linkage key at " + file, e);
        }
    }

    /**
     * The agencies that read the local broker's feed, each with a principal and ACLs: {@code KAFKA_AGENCIES}, names
     * separated by commas, the one authorised to link marked {@code :links}. Read at start; a new one takes a restart.
     */
    public static final List<BrokerAccess.Agency> AGENCIES = agencies(env("KAFKA_AGENCIES", "national-db:links,statistics"));

    static List<BrokerAccess.Agency> agencies(String spec) {
        return java.util.Arrays.stream(spec.split(",")).map(String::strip).filter(name -> !name.isEmpty())
                .map(name -> name.endsWith(":links") ? new BrokerAccess.Agency(name.substring(0, name.length() - 6), true)
                        : new BrokerAccess.Agency(name, false))
                .toList();
    }

    /**
     * Each principal's client settings for this run, owner-only, as {@code <data directory>/kafka-clients/<principal>.properties}:
     * for Kafka's command-line tools ({@code --command-config}) and an agency's consumer on this machine.
     */
    private void writeClientSettings() {
        Path clients = settings.directory().toAbsolutePath().resolve("kafka-clients");
        try {
            Files.createDirectories(clients);
            List<String> principals = new ArrayList<>(List.of(org.cadretraining.platform.infrastructure.KafkaUsers.ADMIN));
            principals.addAll(BrokerAccess.principals(AGENCIES));
            for (String principal : principals) {
                Path file = clients.resolve(principal + ".properties");
                Files.deleteIfExists(file);
                Files.createFile(file);
                try {
                    Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // Not a POSIX file system (Windows): the data directory's own permissions guard it.
                }
                StringBuilder text = new StringBuilder("# This run's credentials for " + principal + "; a restart makes new ones.\n");
                Infrastructure.kafkaClient(principal).forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
                Files.writeString(file, text);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot write the Kafka client settings under " + clients, e);
        }
    }

    /** A client's settings on this platform's broker, authenticating as {@code principal} (a service, an agency, admin). */
    public Map<String, Object> kafkaClient(String principal) {
        return Infrastructure.kafkaClient(principal);
    }

    /** The operator's (a super user's) client settings. */
    public Map<String, Object> kafkaAdmin() {
        return Infrastructure.kafkaAdmin();
    }

    private static String secret() {
        return java.util.UUID.randomUUID().toString();
    }

    private CompletableFuture<ConfigurableApplicationContext> start(String name, String principal, Supplier<SpringApplicationBuilder> builder,
                                                                     int port, DatabaseCoordinates db, Map<String, String> extra) {
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("server.port", port);
        properties.put("spring.datasource.url", db.jdbcUrl());
        properties.put("spring.datasource.username", db.username());
        properties.put("spring.datasource.password", db.password());
        properties.put("spring.kafka.bootstrap-servers", brokers);
        properties.put("spring.cloud.stream.kafka.binder.brokers", brokers);
        properties.put("spring.cloud.stream.kafka.streams.binder.brokers", brokers);
        // Each service authenticates as itself, in all its clients: Boot's (the outbox relay, the access directory,
        // KafkaAdmin), the Kafka binder's and the Kafka Streams binder's.
        Infrastructure.kafkaClient(principal).forEach((key, value) -> {
            if (!key.equals("bootstrap.servers")) {
                for (String prefix : List.of("spring.kafka.properties.", "spring.cloud.stream.kafka.binder.configuration.",
                        "spring.cloud.stream.kafka.streams.binder.configuration.")) {
                    properties.put(prefix + key, value);
                }
            }
        });
        properties.put("spring.main.banner-mode", "off");
        properties.put("platform.security.issuer-uri", identity.issuer());
        properties.put("platform.security.administrators", DemoIdentities.ADMINISTRATOR);
        // Logback's one context is shared by the services here: each would add its counting filter to it, at the same
        // time (which races) and counting every service's lines as its own.
        properties.put("spring.autoconfigure.exclude", LOGBACK_METRICS);
        // As command-line arguments: they outrank the services' own configuration files, default properties do not.
        String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return CompletableFuture.supplyAsync(() -> {
            Thread.currentThread().setName("start-" + name);
            // The platform closes its services itself, before the broker and PostgreSQL; Spring's own hook would close
            // them at the same time as everything else.
            // A developer's machine: the local profile lets a default password through (DefaultSecretGuard).
            return builder.get().profiles(DefaultSecretGuard.LOCAL_PROFILE).registerShutdownHook(false).run(args);
        });
    }

    public DemoLoader.Loaded loadDemo(int cadres) {
        demo = new DemoLoader(registryUrl(), enrollmentUrl(), reportingUrl(), signIn(DemoIdentities.ADMINISTRATOR)).load(cadres);
        return demo;
    }

    /** Loads the demo province into an empty platform only: what a previous run kept (or someone entered) stays as it is. */
    public void loadDemoIfEmpty(int cadres) {
        ApiClient registry = new ApiClient(registryUrl()).withToken(signIn(DemoIdentities.ADMINISTRATOR));
        if (registry.get("/api/v1/units").expect(200).json().isEmpty()) {
            say("Loading the demo province (" + cadres + " cadres)…");
            loadDemo(cadres);
        } else {
            demoKept = true;
        }
    }

    /** A demo official's access token, signed in through the provider's login form. */
    public String signIn(String username) {
        return identity.signIn(username, DemoIdentities.password());
    }

    public String issuer() {
        return identity.issuer();
    }

    /** Adds a user who may sign in at the embedded provider (their grants are the platform's to give); returns the password. */
    public String addUser(String username) {
        return identity.addUser(username);
    }

    /** A user's access token, signed in through the provider's login form. */
    public String signIn(String username, String password) {
        return identity.signIn(username, password);
    }

    public String webUrl() {
        return "http://localhost:" + settings.webPort();
    }

    public String registryUrl() {
        return "http://localhost:" + settings.registryPort();
    }

    public String enrollmentUrl() {
        return "http://localhost:" + settings.enrollmentPort();
    }

    public String reportingUrl() {
        return "http://localhost:" + settings.reportingPort();
    }

    public String brokers() {
        return brokers;
    }

    String banner(long seconds) {
        StringBuilder text = new StringBuilder("\n=== Cadre Training Platform is up (" + seconds + " s) ===\n");
        text.append("  Web console         ").append(webUrl()).append("  (sign in there)\n");
        text.append("  Identity provider   ").append(identity.issuer()).append('\n');
        text.append("  Kafka broker        ").append(brokers);
        if (Infrastructure.kafka().authorizesByPrincipal()) {
            // Nobody gets in unauthenticated: say where this run's credentials are.
            text.append("  (SASL/PLAIN, client settings in ")
                    .append(settings.directory().toAbsolutePath().resolve("kafka-clients")).append(')');
        }
        text.append('\n');
        text.append("  Registry            ").append(registryUrl()).append("/swagger-ui.html\n");
        text.append("  Enrollment          ").append(enrollmentUrl()).append("/swagger-ui.html\n");
        text.append("  Reporting           ").append(reportingUrl()).append("/swagger-ui.html\n");
        if (demoKept) {
            text.append("  Data                kept from an earlier run (--fresh starts over)\n");
        }
        if (demo != null) {
            text.append("  Demo province       ").append(demo.provinceName()).append(": ").append(demo.units())
                    .append(" units, ").append(demo.cadres()).append(" cadres\n");
            text.append("  Province progress   ").append(reportingUrl()).append("/api/v1/units/")
                    .append(demo.provinceUnitId()).append("/progress\n");

            text.append("  Training plan       ").append(demo.planName()).append(": ").append(demo.planSent())
                    .append(" of ").append(demo.planQuota()).append(" seats sent, ").append(reportingUrl())
                    .append("/api/v1/plans/").append(demo.planId()).append("/fulfilment\n");
        }
        text.append("Sign in as (password ").append(DemoIdentities.password()).append("):\n");
        for (DemoIdentities.DemoUser user : DemoIdentities.USERS) {
            text.append(String.format("  %-18s %s%n", user.username(), user.what()));
        }
        text.append("Press Ctrl+C to stop.\n");
        return text.toString();
    }

    /** Ctrl+C: stops everything in order and says how long it took. */
    private void stopAndSay() {
        long started = System.nanoTime();
        say("Stopping…");
        close();
        say("Stopped in " + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms.");
    }

    /**
     * Stops the services first, newest first, while the broker and the database they use still answer (so that none of
     * them waits on a broker that is gone), and the web console after them: the dashboards' live streams it relays then
     * end at their source, and its graceful shutdown has none left to wait for. Then the identity provider, the broker,
     * the database.
     */
    @Override
    public void close() {
        for (int i = services.size() - 1; i >= 0; i--) {
            try {
                services.get(i).close();
            } catch (RuntimeException e) {
                log().warn("Could not stop a service cleanly: {}", e.getMessage());
            }
        }
        if (webConsole != null) {
            try {
                webConsole.close();
            } catch (RuntimeException e) {
                log().warn("Could not stop the web console cleanly: {}", e.getMessage());
            }
            webConsole = null;
        }
        services.clear();
        if (identity != null) {
            identity.close();
            identity = null;
        }
        Infrastructure.stop();
    }
}
