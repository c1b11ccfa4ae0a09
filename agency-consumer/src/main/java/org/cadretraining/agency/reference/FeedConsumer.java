package org.cadretraining.agency.reference;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cadretraining.events.EventType;
import org.cadretraining.events.EventTypes;
import org.cadretraining.events.Topic;
import org.cadretraining.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the agency feed and keeps its current state in the agency's own database, exactly once: each poll's
 * snapshots, tombstones, refusals and offsets are written in one database transaction, and on start the consumer
 * resumes from the offsets in that database, not from the broker's. The broker's consumer group (named with the
 * agency's prefix, as its ACL requires) only shows the agency's lag to the platform's operators.
 * <p>
 * Copy it, set the settings, run {@code main}. It needs the published schemas on its classpath (the events jar, or
 * its {@code schemas/} folder) and nothing else of the platform.
 */
public final class FeedConsumer implements Runnable, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FeedConsumer.class);
    private final Settings settings;
    private final List<Topic> topics;
    private final RecordCheck check;
    private final KafkaConsumer<String, byte[]> kafka;
    private final FeedTables tables;
    private final Connection db;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicBoolean started = new AtomicBoolean();

    /**
     * @param brokers    the platform's bootstrap servers
     * @param agency     the agency's name; its consumer group is {@code agency.<agency>.feed}
     * @param linkage    whether this agency may read linkage.cadres (only the one authorised to link)
     * @param kafka      further client properties: SASL and TLS settings, as the platform's operators issue them
     * @param jdbcUrl    the agency's database, with {@code user} and {@code password}
     */
    public record Settings(String brokers, String agency, boolean linkage, Map<String, Object> kafka, String jdbcUrl,
                           String user, String password) {
        public String group() {
            return "agency." + agency + ".feed";
        }
    }

    public FeedConsumer(Settings settings) throws SQLException {
        this.settings = settings;
        this.topics = new ArrayList<>(List.of(Topics.AGENCY_UNITS, Topics.AGENCY_CADRES, Topics.AGENCY_TRAINING));
        if (settings.linkage()) {
            topics.add(Topics.LINKAGE_CADRES);
        }
        Map<String, String> sources = new HashMap<>();
        Map<String, List<String>> types = new HashMap<>();
        for (Topic topic : topics) {
            sources.put(topic.name(), topic.source());
            types.put(topic.name(), EventTypes.all().stream().filter(t -> t.topic().equals(topic)).map(EventType::ceType).toList());
        }
        this.check = new RecordCheck(sources, types);
        this.db = DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        this.tables = new FeedTables(db);
        tables.create();
        Properties config = new Properties();
        config.putAll(settings.kafka());
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, settings.brokers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.group());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        this.kafka = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public void run() {
        if (!started.compareAndSet(false, true)) {
            throw new IllegalStateException("Already running");
        }
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            for (Topic topic : topics) {
                kafka.partitionsFor(topic.name(), Duration.ofSeconds(30))
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            // Assigned, not subscribed: one consumer reads every partition, and its position comes from its own
            // database, where the effects are.
            kafka.assign(partitions);
            Map<String, Long> applied = tables.offsets();
            for (TopicPartition partition : partitions) {
                Long next = applied.get(partition.topic() + "-" + partition.partition());
                if (next == null) {
                    kafka.seekToBeginning(List.of(partition));
                } else {
                    kafka.seek(partition, next);
                }
            }
            while (running.get()) {
                ConsumerRecords<String, byte[]> records = kafka.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    apply(records);
                    kafka.commitAsync();
                }
            }
        } catch (WakeupException e) {
            if (running.get()) {
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The agency's database refused the feed", e);
        } finally {
            kafka.close();
            closeDatabase();
        }
    }

    private void closeDatabase() {
        try {
            db.close();
        } catch (SQLException e) {
            log.warn("Closing the database: {}", e.getMessage());
        }
    }

    private void apply(ConsumerRecords<String, byte[]> records) throws SQLException {
        try {
            for (ConsumerRecord<String, byte[]> record : records) {
                RecordCheck.Verdict verdict = check.check(record.topic(), header(record, "ce_type"),
                        header(record, "ce_source"), record.value());
                if (verdict instanceof RecordCheck.Apply apply) {
                    tables.keep(record.topic(), record.key(), apply.payload());
                } else if (verdict instanceof RecordCheck.Remove) {
                    tables.forget(record.topic(), record.key());
                } else if (verdict instanceof RecordCheck.Reject reject) {
                    log.warn("Refused {}-{}@{}: {}", record.topic(), record.partition(), record.offset(), reject.reason());
                    tables.reject(record.topic(), record.partition(), record.offset(), reject.reason());
                }
                tables.applied(record.topic(), record.partition(), record.offset() + 1);
            }
            tables.commit();
        } catch (SQLException | RuntimeException e) {
            tables.rollback();
            throw e;
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        running.set(false);
        if (started.get()) {
            // The polling thread leaves its loop, then closes the client and the database itself.
            kafka.wakeup();
        } else {
            kafka.close();
            closeDatabase();
        }
    }

    /** Settings from the environment: FEED_BROKERS, FEED_AGENCY, FEED_LINKAGE, FEED_JDBC_URL, FEED_DB_USER, FEED_DB_PASSWORD. */
    public static void main(String[] args) throws Exception {
        Map<String, Object> kafka = new HashMap<>();
        // SASL/TLS as issued, e.g. FEED_KAFKA_security.protocol=SASL_SSL.
        System.getenv().forEach((name, value) -> {
            if (name.startsWith("FEED_KAFKA_")) {
                kafka.put(name.substring("FEED_KAFKA_".length()), value);
            }
        });
        Settings settings = new Settings(System.getenv("FEED_BROKERS"), System.getenv("FEED_AGENCY"),
                Boolean.parseBoolean(System.getenv("FEED_LINKAGE")), kafka, System.getenv("FEED_JDBC_URL"),
                System.getenv("FEED_DB_USER"), System.getenv("FEED_DB_PASSWORD"));
        FeedConsumer consumer = new FeedConsumer(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(consumer::close));
        consumer.run();
    }
}
