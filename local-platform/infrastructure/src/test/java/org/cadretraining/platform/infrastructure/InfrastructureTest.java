package org.cadretraining.platform.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class InfrastructureTest {
    @Test
    void givesEachServiceItsOwnRealPostgresDatabase() throws Exception {
        DatabaseCoordinates registry = Infrastructure.database("registry_probe");
        DatabaseCoordinates enrollment = Infrastructure.database("enrollment_probe");
        assertThat(registry.jdbcUrl()).endsWith("/registry_probe");
        try (Connection connection = DriverManager.getConnection(registry.jdbcUrl(), registry.username(), registry.password());
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS probe (name text)");
            statement.execute("INSERT INTO probe VALUES ('Nguyễn Thị Hoa')");
            try (ResultSet rows = statement.executeQuery("SELECT name, current_database(), version() FROM probe")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("Nguyễn Thị Hoa");
                assertThat(rows.getString(2)).isEqualTo("registry_probe");
                assertThat(rows.getString(3)).startsWith("PostgreSQL");
            }
        }
        try (Connection connection = DriverManager.getConnection(enrollment.jdbcUrl(), enrollment.username(), enrollment.password());
             ResultSet tables = connection.getMetaData().getTables(null, "public", "probe", null)) {
            assertThat(tables.next()).as("databases are separate").isFalse();
        }
        // Asking again returns the same database, it does not fail or recreate it.
        assertThat(Infrastructure.database("registry_probe")).isEqualTo(registry);
    }

    @Test
    void givesARealKafkaBroker() {
        String brokers = Infrastructure.kafka().bootstrapServers();
        Properties producerProps = new Properties();
        producerProps.putAll(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps)) {
            producer.send(new ProducerRecord<>("infrastructure.probe", "k", "hello")).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Properties consumerProps = new Properties();
        consumerProps.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
                ConsumerConfig.GROUP_ID_CONFIG, "probe", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps)) {
            consumer.subscribe(List.of("infrastructure.probe"));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            String value = null;
            while (value == null && System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    value = records.iterator().next().value();
                }
            }
            assertThat(value).isEqualTo("hello");
        }
    }
}
