package org.cadretraining.enrollment.reorganization.messaging;

import java.util.function.Consumer;

import org.cadretraining.enrollment.reorganization.Reorganizations;
import org.cadretraining.platform.events.IncomingEvents;
import org.cadretraining.platform.inbox.Inbox;
import org.cadretraining.platform.observability.EventTracing;
import org.cadretraining.platform.security.Actor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binding {@code unitReorganization-in-0}: reads registry.units for mergers, splits and closures, once per event id,
 * as the named system actor {@value #CONSUMER}. A record that cannot be read or applied is retried, then
 * dead-lettered to registry.units.enrollment-service.dlq.
 */
@Configuration
public class UnitReorganizationListener {
    public static final String CONSUMER = "enrollment-service.unit-reorganization";

    @Bean
    public Consumer<Message<byte[]>> unitReorganization(Inbox inbox, Reorganizations reorganizations, EventTracing tracing) {
        return tracing.continued(CONSUMER, message -> Actor.runAs(CONSUMER, () -> IncomingEvents.read(message)
                .filter(Reorganizations::handles)
                .ifPresent(event -> inbox.handleOnce(CONSUMER, event, reorganizations::apply))));
    }
}
