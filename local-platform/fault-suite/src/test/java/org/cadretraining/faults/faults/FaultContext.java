package org.cadretraining.faults.faults;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.awaitility.Awaitility;
import org.cadretraining.faults.load.LoadGenerator;
import org.cadretraining.faults.load.Province;
import org.cadretraining.faults.platform.FaultPlatform;
import org.cadretraining.faults.truth.EventLedger;
import org.cadretraining.platform.infrastructure.DatabaseCoordinates;

/** What a fault works with: the platform, the province, the running load, the ledger; and what it measured. */
public final class FaultContext implements AutoCloseable {
    private final FaultPlatform platform;
    private final Province province;
    private final LoadGenerator load;
    private final EventLedger ledger;
    private final java.time.Instant loadStarted;
    private final Map<String, String> notes = new LinkedHashMap<>();
    private Admin admin;

    public FaultContext(FaultPlatform platform, Province province, LoadGenerator load, EventLedger ledger,
                        java.time.Instant loadStarted) {
        this.platform = platform;
        this.loadStarted = loadStarted;
        this.province = province;
        this.load = load;
        this.ledger = ledger;
    }

    public FaultPlatform platform() {
        return platform;
    }

    public Province province() {
        return province;
    }

    public LoadGenerator load() {
        return load;
    }

    public EventLedger ledger() {
        return ledger;
    }

    /** When the load began: the duplicate delivery rewinds to here. */
    public java.time.Instant loadStarted() {
        return loadStarted;
    }

    /** A figure the fault measured on its own, for the report. */
    public void note(String what, Object value) {
        notes.put(what, String.valueOf(value));
    }

    /** The notes so far, and a fresh page for the next fault. */
    public Map<String, String> takeNotes() {
        Map<String, String> taken = new LinkedHashMap<>(notes);
        notes.clear();
        return taken;
    }

    /** Mid-stream: returns once the load has done {@code operations} more successful operations. */
    public void awaitLoad(int operations, Duration atMost) {
        long from = total();
        Awaitility.await("the load going").atMost(atMost).pollInterval(Duration.ofMillis(200))
                .until(() -> total() - from >= operations);
    }

    private long total() {
        return load.done().values().stream().mapToLong(Long::longValue).sum();
    }

    public synchronized Admin admin() {
        if (admin == null) {
            Properties config = new Properties();
            config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.brokers());
            admin = Admin.create(config);
        }
        return admin;
    }

    /**
     * Holds the row of the service's outbox relay lease locked, in a transaction of the suite's own, until closed: the
     * relay blocks on it at its next round, before it reads anything. Events committed meanwhile stay unsent, as they
     * are in the instant between a business transaction's commit and the relay's send.
     */
    public OutboxHold holdOutbox(DatabaseCoordinates db) throws SQLException {
        Connection connection = java.sql.DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
        connection.setAutoCommit(false);
        try (Statement sql = connection.createStatement()) {
            sql.execute("SELECT 1 FROM outbox_relay_lease WHERE id = 1 FOR UPDATE");
        }
        return new OutboxHold(connection);
    }

    public static final class OutboxHold implements AutoCloseable {
        private final Connection connection;

        private OutboxHold(Connection connection) {
            this.connection = connection;
        }

        /**
         * Ends the sessions a killed process left waiting on the held row. PostgreSQL notices a dead client when it next
         * reads from it; a session waiting on a lock does not read, and would run its statement for the dead process
         * once the row is released: its relay's lease renewal, keeping the lease from the restarted service.
         */
        public void endSessionsWaitingOnIt() throws SQLException {
            try (Statement sql = connection.createStatement()) {
                sql.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                        + " AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'");
            }
        }

        @Override
        public void close() throws SQLException {
            if (!connection.isClosed()) {
                connection.rollback();
                connection.close();
            }
        }
    }

    @Override
    public synchronized void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
