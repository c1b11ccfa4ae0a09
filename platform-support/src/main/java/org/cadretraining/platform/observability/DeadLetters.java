package org.cadretraining.platform.observability;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.cadretraining.events.CloudEventHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandler;
import org.springframework.messaging.MessageHeaders;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.support.ErrorMessage;

/**
 * Counts the records a binding gave up on. The Kafka binder sends a record whose retries are spent to the binding's
 * error channel, where its dead-letter handler publishes it, and bridges that channel to the application's
 * {@code errorChannel}; this handler, subscribed there, counts it as {@code dead-lettered}.
 */
public class DeadLetters implements MessageHandler {
    /** Spring Kafka's header for the topic a record was read from. */
    static final String RECEIVED_TOPIC = "kafka_receivedTopic";
    /** Spring Kafka's header for the consumer record an error message is about. */
    static final String RAW_DATA = "kafka_data";

    private final EventMetrics metrics;

    public DeadLetters(EventMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void handleMessage(Message<?> error) {
        // The record itself, where the Kafka binder attaches it; else the message the failure names.
        if (error.getHeaders().get(RAW_DATA) instanceof ConsumerRecord<?, ?> record) {
            Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
            metrics.count(EventTracing.consumerOfThisThread(), record.topic(), type == null ? null : text(type.value()), EventMetrics.OUTCOME_DEAD_LETTERED);
            return;
        }
        Message<?> failed = error instanceof ErrorMessage em && em.getOriginalMessage() != null ? em.getOriginalMessage()
                : error.getPayload() instanceof MessagingException failure ? failure.getFailedMessage() : null;
        if (failed == null) {
            return;
        }
        MessageHeaders headers = failed.getHeaders();
        String topic = text(headers.get(RECEIVED_TOPIC));
        if (topic == null) {
            return; // not a record taken off a topic
        }
        metrics.count(EventTracing.consumerOfThisThread(), topic, text(headers.get(CloudEventHeaders.TYPE)),
                EventMetrics.OUTCOME_DEAD_LETTERED);
    }

    private static String text(Object value) {
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
