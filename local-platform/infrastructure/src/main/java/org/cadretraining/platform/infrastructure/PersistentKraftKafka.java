package org.cadretraining.platform.infrastructure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
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
    private final KafkaUsers users;

    PersistentKraftKafka(Path directory, int port) {
        this(directory, port, null);
    }

    /**
     * With {@code users}, every listener takes SASL/PLAIN (loopback only) and the StandardAuthorizer denies whatever no
     * ACL allows; {@link KafkaUsers#ADMIN} and {@link KafkaUsers#BROKER} are super users. Without, it is open.
     */
    PersistentKraftKafka(Path directory, int port, KafkaUsers users) {
        this.users = users;
        try {
            Path logs = Files.createDirectories(directory.toAbsolutePath());
            int brokerPort = port > 0 ? port : freePort();
            int controllerPort = freePort();
            Properties props = new Properties();
            props.put("process.roles", "broker,controller");
            props.put("node.id", "1");
            props.put("controller.quorum.voters", "1@localhost:" + controllerPort);
            String protocol = users == null ? "PLAINTEXT" : "SASL_PLAINTEXT";
            props.put("listeners", protocol + "://localhost:" + brokerPort + "," + CONTROLLER + "://localhost:" + controllerPort);
            props.put("advertised.listeners", protocol + "://localhost:" + brokerPort);
            props.put("controller.listener.names", CONTROLLER);
            props.put("listener.security.protocol.map", protocol + ":" + protocol + "," + CONTROLLER + ":" + protocol);
            props.put("inter.broker.listener.name", protocol);
            if (users != null) {
                props.put("sasl.enabled.mechanisms", "PLAIN");
                props.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
                props.put("sasl.mechanism.controller.protocol", "PLAIN");
                props.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", users.serverJaas());
                // The controller listener takes the broker alone: nobody else may reach the metadata quorum.
                props.put("listener.name." + CONTROLLER.toLowerCase(java.util.Locale.ROOT) + ".plain.sasl.jaas.config", users.controllerJaas());
                props.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
                props.put("super.users", "User:" + KafkaUsers.BROKER + ";User:" + KafkaUsers.ADMIN);
                // Deny by default: a principal does only what an ACL grants it (BrokerAccess).
                props.put("allow.everyone.if.no.acl.found", "false");
            }
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
    public Map<String, Object> clientProperties(String principal) {
        return users == null ? KafkaBroker.super.clientProperties(principal) : users.clientProperties(bootstrap, principal);
    }

    @Override
    public boolean authorizesByPrincipal() {
        return users != null;
    }

    @Override
    public String describe() {
        return "in-process KRaft broker at " + bootstrap + " keeping its log" + (users == null ? "" : ", SASL/PLAIN with ACLs");
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }
}
