package org.cadretraining.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.cadretraining.events.CloudEventHeaders;
import org.cadretraining.events.EventTypes;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

/** Only a topic's owner writes to it: the reader refuses a record that names any other source. */
class IncomingEventsTest {
    private static final String GRADUATED = "{\"enrollmentId\":\"e-1\",\"cadreId\":\"c-1\",\"classId\":\"k-1\","
            + "\"programId\":\"p-1\",\"programCategory\":\"POLITICAL_THEORY\",\"mode\":\"IN_SERVICE\",\"graduatedOn\":\"2026-10-30\"}";

    private static Message<byte[]> record(String topic, String ceType, String source) {
        MessageBuilder<byte[]> message = MessageBuilder.withPayload(GRADUATED.getBytes(StandardCharsets.UTF_8))
                .setHeader(CloudEventHeaders.ID, "id-1").setHeader(CloudEventHeaders.TYPE, ceType)
                .setHeader(KafkaHeaders.RECEIVED_TOPIC, topic);
        if (source != null) {
            message.setHeader(CloudEventHeaders.SOURCE, source.getBytes(StandardCharsets.UTF_8));
        }
        return message.build();
    }

    @Test
    void anEventFromTheTopicsOwnerIsRead() {
        assertThat(IncomingEvents.read(record("enrollment.enrollments", EventTypes.COURSE_GRADUATED.ceType(), "/enrollment-service")))
                .hasValueSatisfying(event -> assertThat(event.is(EventTypes.COURSE_GRADUATED)).isTrue());
    }

    @Test
    void anEventNamingAnotherSourceOrNoneIsRefused() {
        assertThatThrownBy(() -> IncomingEvents.read(record("enrollment.enrollments", EventTypes.COURSE_GRADUATED.ceType(),
                "/cadre-registry-service"))).isInstanceOf(IncomingEvents.MalformedEventException.class)
                .hasMessageContaining("only /enrollment-service writes to enrollment.enrollments");
        assertThatThrownBy(() -> IncomingEvents.read(record("enrollment.enrollments", EventTypes.COURSE_GRADUATED.ceType(), null)))
                .isInstanceOf(IncomingEvents.MalformedEventException.class);
        // Even a type this reader does not know: the topic says who may write.
        assertThatThrownBy(() -> IncomingEvents.read(record("enrollment.enrollments", "org.example.Unknown.v1", "/agency")))
                .isInstanceOf(IncomingEvents.MalformedEventException.class);
    }

    @Test
    void anEventOffItsTopicIsRefused() {
        assertThatThrownBy(() -> IncomingEvents.read(record("registry.cadres", EventTypes.COURSE_GRADUATED.ceType(),
                "/cadre-registry-service"))).isInstanceOf(IncomingEvents.MalformedEventException.class)
                .hasMessageContaining("belongs on enrollment.enrollments");
    }
}
