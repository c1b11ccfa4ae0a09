package org.cadretraining.platform.local;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import org.cadretraining.agency.reference.FeedConsumer;

/** The reference consumer on a thread of its own, as an agency's process would run it, and a look into its tables. */
final class ReferenceConsumerRun implements AutoCloseable {
    private final FeedConsumer.Settings settings;
    private FeedConsumer consumer;
    private Thread thread;

    ReferenceConsumerRun(FeedConsumer.Settings settings) throws SQLException {
        this.settings = settings;
        start();
    }

    private void start() throws SQLException {
        consumer = new FeedConsumer(settings);
        thread = new Thread(consumer, "reference-consumer");
        thread.start();
    }

    /** Stops it, and starts a new one on the same database: as after a redeploy. */
    void restart() throws SQLException, InterruptedException {
        close();
        start();
    }

    /** The first column of the first row, as text; null for no row. */
    String row(String query, String parameter) throws SQLException {
        try (Connection db = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
             PreparedStatement sql = db.prepareStatement(query)) {
            sql.setString(1, parameter);
            try (ResultSet rs = sql.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        consumer.close();
        thread.join(30_000);
    }
}
