package org.cadretraining.platform.observability;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The outbox's backlog, read from its table: {@value #BACKLOG} (events committed and not yet acknowledged by the
 * broker) and {@value #OLDEST_AGE} (how long the oldest of them has waited; 0 when none waits). One query serves both,
 * at most once a second however often they are scraped; it reads the partial index of unpublished rows.
 */
public class OutboxMetrics implements MeterBinder {
    public static final String BACKLOG = "cadre.outbox.backlog";
    public static final String OLDEST_AGE = "cadre.outbox.oldest.age";
    private static final Duration READ_AT_MOST_EVERY = Duration.ofSeconds(1);

    private final JdbcClient jdbc;
    private final Clock clock;
    private volatile Reading last = new Reading(Instant.EPOCH, 0, null);

    public OutboxMetrics(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder(BACKLOG, this, m -> m.reading().pending())
                .description("Outbox events committed and not yet acknowledged by the broker")
                .register(registry);
        TimeGauge.builder(OLDEST_AGE, this, TimeUnit.SECONDS, m -> m.oldestAgeSeconds())
                .description("How long the oldest unsent outbox event has waited")
                .register(registry);
    }

    double oldestAgeSeconds() {
        Reading reading = reading();
        if (reading.oldest() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(reading.oldest(), clock.instant()).toMillis() / 1000.0);
    }

    private synchronized Reading reading() {
        Instant now = clock.instant();
        if (Duration.between(last.at(), now).compareTo(READ_AT_MOST_EVERY) < 0) {
            return last;
        }
        try {
            last = jdbc.sql("SELECT count(*) AS pending, min(occurred_at) AS oldest FROM outbox_event WHERE published_at IS NULL")
                    .query((rs, i) -> {
                        Timestamp oldest = rs.getTimestamp("oldest");
                        return new Reading(now, rs.getLong("pending"), oldest == null ? null : oldest.toInstant());
                    }).single();
        } catch (RuntimeException e) {
            // A database out of reach leaves the last reading (its age grows) rather than failing the scrape.
        }
        return last;
    }

    private record Reading(Instant at, long pending, Instant oldest) {
    }
}
