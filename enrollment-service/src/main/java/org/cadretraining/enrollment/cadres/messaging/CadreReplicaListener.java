package org.cadretraining.enrollment.cadres.messaging;

import java.util.function.Consumer;

import org.cadretraining.enrollment.cadres.CadreReplication;
import org.cadretraining.platform.events.IncomingEvents;
import org.cadretraining.platform.inbox.Inbox;
import org.cadretraining.platform.observability.EventTracing;
import org.cadretraining.platform.security.Actor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Binding {@code cadreReplica-in-0}: reads registry.cadres into the local replica, once per event id. No one signed in
 * asked for it: it runs as the named system actor {@value #CONSUMER}, which is who any audit line of it names.
 */
@Configuration
public class CadreReplicaListener {
    public static final String CONSUMER = "enrollment-service.cadre-replica";

    @Bean
    public Consumer<Message<byte[]>> cadreReplica(Inbox inbox, CadreReplication replication, EventTracing tracing) {
        return tracing.continued(CONSUMER, message -> Actor.runAs(CONSUMER, () -> IncomingEvents.read(message)
                .filter(CadreReplication::replicates)
                .ifPresent(event -> inbox.handleOnce(CONSUMER, event, replication::apply))));
    }
}
