package org.cadretraining.platform.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node KRaft broker (combined broker and controller) in this JVM that keeps its log under a directory of
 * its own across restarts, as {@code kafka-server-start.sh} would: the storage is formatted once, on first start, and
 * found again on the next. The local platform runs on it; tests use the throw-away {@link EmbeddedKraftKafka}.
 */
final class PersistentKraftKafka implements KafkaBroker {
    private static final String CONTROLLER = "CONTROLLER";
    private final KafkaRaftServer server;
    private final String bootstrap;

    PersistentKraftKafka(Path directory, int port) {
        try {
            Path logs = Files.createDirectories(directory.toAbsolutePath());
            int brokerPort = port > 0 ? port : freePort();
            int controllerPort = freePort();
            Properties props = new Properties();
            props.put("process.roles", "broker,controller");
            props.put("node.id", "1");
            props.put("controller.quorum.voters", "1@localhost:" + controllerPort);
            props.put("listeners", "PLAINTEXT://localhost:" + brokerPort + "," + CONTROLLER + "://localhost:" + controllerPort);
            props.put("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
            props.put("controller.listener.names", CONTROLLER);
            props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
            props.put("inter.broker.listener.name", "PLAINTEXT");
            props.put("log.dirs", logs.toString());
            // Single node: internal topics (offsets, transactions for exactly-once) cannot be replicated.
            props.put("offsets.topic.replication.factor", "1");
            props.put("transaction.state.log.replication.factor", "1");
            props.put("transaction.state.log.min.isr", "1");
            props.put("share.coordinator.state.topic.replication.factor", "1");
            props.put("share.coordinator.state.topic.min.isr", "1");
            props.put("group.initial.rebalance.delay.ms", "0");
            props.put("num.partitions", "6");
            props.put("log.retention.hours", "-1");
            // A clean shutdown flushes and writes its checkpoints: the next start needs no log recovery.
            props.put("controlled.shutdown.enable", "true");
            KafkaConfig config = KafkaConfig.fromProps(props, false);
            if (!Files.exists(logs.resolve("meta.properties"))) {
                Formatter formatter = new Formatter()
                        .setClusterId(Uuid.randomUuid().toString())
                        .setNodeId(1)
                        .setDirectories(Set.of(logs.toString()))
                        .setMetadataLogDirectory(logs.toString())
                        .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                        .setControllerListenerName(CONTROLLER)
                        .setIgnoreFormatted(false)
                        .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
                formatter.run();
            }
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            bootstrap = "localhost:" + brokerPort;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the broker's log directory " + directory, e);
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the in-process broker on " + directory + ": " + e.getMessage(), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public String bootstrapServers() {
        return bootstrap;
    }

    @Override
    public String describe() {
        return "in-process KRaft broker at " + bootstrap + " keeping its log";
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
