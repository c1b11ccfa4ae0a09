package org.cadretraining.platform.infrastructure;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * The broker and database that the local platform and the services' tests run on, one of each per JVM, started on
 * first use and stopped at exit. Choice, in order:
 * <ol>
 *   <li>external: {@code KAFKA_BOOTSTRAP}, and {@code <NAME>_DB_URL} (with {@code _USER}, {@code _PASSWORD}) per database;</li>
 *   <li>Testcontainers, where a Docker engine answers;</li>
 *   <li>in-process: a KRaft broker and zonky's PostgreSQL, under {@code java.io.tmpdir}.</li>
 * </ol>
 * {@code PLATFORM_INFRASTRUCTURE=embedded|containers} forces the choice between the last two.
 */
public final class Infrastructure {
    private static final Logger log = LoggerFactory.getLogger(Infrastructure.class);
    private static KafkaBroker kafka;
    private static PostgresServer postgres;
    private static Boolean docker;
    /** Where the local platform keeps its broker log and database; null for the throw-away ones of the tests. */
    private static Path dataDirectory;
    /** Who the local platform's broker lets in; null for the open broker of the tests. */
    private static KafkaUsers kafkaUsers;

    private Infrastructure() {
    }

    /** The shared broker; {@code port} 0 picks a free one (ignored for external and container brokers). */
    public static synchronized KafkaBroker kafka(int port) {
        if (kafka == null) {
            Optional<String> external = Environment.get("KAFKA_BOOTSTRAP");
            kafka = external.<KafkaBroker>map(ExternalKafka::new)
                    .orElseGet(() -> useContainers() ? new ContainerKafka()
                            : dataDirectory != null ? new PersistentKraftKafka(dataDirectory.resolve("kafka"), port, kafkaUsers)
                            : new EmbeddedKraftKafka(port));
            log.info("Kafka: {}", kafka.describe());
            if (dataDirectory == null) {
                Runtime.getRuntime().addShutdownHook(new Thread(kafka::close, "kafka-shutdown"));
            }
        }
        return kafka;
    }

    public static KafkaBroker kafka() {
        return kafka(0);
    }

    /**
     * A client's settings on the shared broker as {@code principal}: bootstrap servers, and on a secured broker its
     * protocol and credentials.
     */
    public static Map<String, Object> kafkaClient(String principal) {
        return kafka().clientProperties(principal);
    }

    /** The platform operator's (a super user's) client settings: for topics, ACLs and tests that read everything. */
    public static Map<String, Object> kafkaAdmin() {
        return kafkaClient(KafkaUsers.ADMIN);
    }

    /**
     * The local platform's in-process broker is to authenticate these principals (and the operator) with SASL, and
     * authorize them by ACLs: call before the broker starts. An external or container broker is not affected.
     */
    public static synchronized void secureKafka(List<String> principals) {
        if (kafka != null) {
            throw new IllegalStateException("The broker is already running");
        }
        kafkaUsers = new KafkaUsers(principals);
    }

    /**
     * A broker of its own, not this JVM's shared one: the in-process KRaft broker that keeps its log under
     * {@code directory} and finds it again on the next start, listening on {@code port}. For a process that runs only
     * the broker (the fault suite's), so that it can be restarted and paused apart from everything else. The caller
     * closes it.
     */
    public static KafkaBroker keptKafka(Path directory, int port) {
        return new PersistentKraftKafka(directory, port);
    }

    /** The named database: external when {@code <NAME>_DB_URL} is set, otherwise created on the shared server. */
    public static synchronized DatabaseCoordinates database(String name, int port) {
        Optional<String> url = Environment.get(Environment.databaseVariable(name, "URL"));
        if (url.isPresent()) {
            return new DatabaseCoordinates(url.get(),
                    Environment.get(Environment.databaseVariable(name, "USER")).orElse("postgres"),
                    Environment.get(Environment.databaseVariable(name, "PASSWORD")).orElse(""));
        }
        if (postgres == null) {
            postgres = useContainers() ? new ContainerPostgresServer()
                    : dataDirectory != null ? new EmbeddedPostgresServer(dataDirectory.resolve("postgres"), port, true)
                    : new EmbeddedPostgresServer(Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg"), port);
            log.info("PostgreSQL: {}", postgres.describe());
            if (dataDirectory == null) {
                Runtime.getRuntime().addShutdownHook(new Thread(postgres::close, "postgres-shutdown"));
            }
        }
        return postgres.database(name);
    }

    public static DatabaseCoordinates database(String name) {
        return database(name, 0);
    }

    /**
     * The local platform's mode: the in-process broker and database keep their data under {@code directory} across
     * restarts, and are stopped by {@link #stop()} (after the services that use them), not by shutdown hooks of their own.
     */
    public static synchronized void keepDataUnder(Path directory) {
        if (kafka != null || postgres != null) {
            throw new IllegalStateException("The broker or the database is already running");
        }
        dataDirectory = directory.toAbsolutePath();
    }

    /** Stops the broker, then the database; the next use starts them again (and finds their data, if kept). */
    public static synchronized void stop() {
        if (kafka != null) {
            kafka.close();
            kafka = null;
            // A restart makes up new passwords.
            kafkaUsers = kafkaUsers == null ? null : new KafkaUsers(kafkaUsers.principals());
        }
        if (postgres != null) {
            postgres.close();
            postgres = null;
        }
    }

    static synchronized boolean useContainers() {
        if (docker == null) {
            String forced = Environment.get("PLATFORM_INFRASTRUCTURE").orElse("auto").toLowerCase(Locale.ROOT);
            docker = switch (forced) {
                case "embedded" -> false;
                case "containers" -> true;
                default -> dockerAnswers();
            };
            log.info(docker ? "A Docker engine answers: using Testcontainers" : "No Docker engine: using the in-process broker and database");
        }
        return docker;
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
