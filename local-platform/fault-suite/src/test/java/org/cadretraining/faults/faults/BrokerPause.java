package org.cadretraining.faults.faults;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;
import org.cadretraining.faults.platform.FaultPlatform;
import org.cadretraining.faults.truth.EventLedger;
import org.cadretraining.platform.infrastructure.DatabaseCoordinates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The broker frozen for a minute (SIGSTOP: its sockets stay open and answer nothing, the worst kind of broker outage),
 * then resumed (SIGCONT). Meanwhile the services must keep taking writes into their outboxes, and none may hold a
 * database transaction, or a lock in one, for the pause: pg_stat_activity and pg_locks are sampled every two seconds.
 */
public final class BrokerPause implements Fault {
    private static final Duration PAUSE = Duration.ofSeconds(60);
    /** A transaction older than this during the pause is one held across a wait on the broker. */
    private static final Duration LONGEST_TRANSACTION = Duration.ofSeconds(5);

    @Override
    public String name() {
        return "the broker paused for a minute";
    }

    @Override
    public String description() {
        return "The broker process is stopped with SIGSTOP for " + PAUSE.toSeconds() + " s while the load runs, then resumed "
                + "with SIGCONT; every 2 s the services' sessions (pg_stat_activity) and locks (pg_locks) are sampled.";
    }

    @Override
    public void inject(FaultContext context) throws Exception {
        FaultPlatform platform = context.platform();
        context.awaitLoad(20, Duration.ofSeconds(60));
        int unsentBefore = unsent(platform);
        Instant paused = Instant.now();
        platform.broker().pause();
        List<String> heldTooLong = new ArrayList<>();
        long[] samples = {0, 0};
        try (Connection monitor = connect(platform.registryDatabase())) {
            Awaitility.await("the pause").atMost(PAUSE.plusSeconds(30)).pollInterval(Duration.ofSeconds(2)).pollDelay(Duration.ZERO)
                    .until(() -> {
                        sample(monitor, heldTooLong, samples);
                        return Duration.between(paused, Instant.now()).compareTo(PAUSE) >= 0;
                    });
        } finally {
            platform.broker().resume();
        }
        Instant resumed = Instant.now();
        long accepted = BrokerRestart.writesAccepted(context, paused);
        int unsentAtEnd = unsent(platform);
        context.note("paused for", Duration.between(paused, resumed).toMillis() + " ms");
        context.note("writes accepted during the pause", accepted);
        context.note("outbox rows unsent", unsentBefore + " before → " + unsentAtEnd + " at the end of the pause");
        context.note("samples of pg_stat_activity and pg_locks", samples[0]);
        context.note("longest service transaction seen", samples[1] + " ms");
        assertThat(accepted).as("writes accepted while the broker was paused").isGreaterThan(10);
        assertThat(unsentAtEnd).as("events waiting in the outboxes").isGreaterThan(unsentBefore);
        assertThat(heldTooLong).as("transactions or locks a service held for more than " + LONGEST_TRANSACTION.toSeconds()
                + " s during the pause").isEmpty();
    }

    private static int unsent(FaultPlatform platform) {
        return EventLedger.unsent(platform.registryDatabase()).size() + EventLedger.unsent(platform.enrollmentDatabase()).size();
    }

    /** Every service session with a transaction open, and the locks held in transactions older than the limit. */
    private static void sample(Connection monitor, List<String> heldTooLong, long[] samples) throws SQLException {
        samples[0]++;
        try (Statement sql = monitor.createStatement()) {
            try (ResultSet rs = sql.executeQuery("""
                    SELECT datname, application_name, state, (extract(epoch FROM now() - xact_start) * 1000)::bigint, left(query, 120)
                    FROM pg_stat_activity
                    WHERE datname IN ('registry', 'enrollment', 'reporting') AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
                      AND backend_type = 'client backend'""")) {
                while (rs.next()) {
                    long ageMillis = rs.getLong(4);
                    samples[1] = Math.max(samples[1], ageMillis);
                    if (ageMillis > LONGEST_TRANSACTION.toMillis()) {
                        heldTooLong.add(Instant.now() + " " + rs.getString(1) + " " + rs.getString(3) + " for " + ageMillis + " ms: "
                                + rs.getString(5));
                    }
                }
            }
            try (ResultSet rs = sql.executeQuery("""
                    SELECT a.datname, l.locktype, l.mode, coalesce(l.relation::regclass::text, ''), left(a.query, 120)
                    FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
                    WHERE a.datname IN ('registry', 'enrollment', 'reporting') AND a.pid <> pg_backend_pid() AND l.granted
                      AND a.xact_start < now() - make_interval(secs => %d)""".formatted(LONGEST_TRANSACTION.toSeconds()))) {
                while (rs.next()) {
                    heldTooLong.add(Instant.now() + " " + rs.getString(1) + " holds " + rs.getString(3) + " on " + rs.getString(2)
                            + " " + rs.getString(4) + ": " + rs.getString(5));
                }
            }
        }
    }

    private static Connection connect(DatabaseCoordinates db) throws SQLException {
        return java.sql.DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }
}
