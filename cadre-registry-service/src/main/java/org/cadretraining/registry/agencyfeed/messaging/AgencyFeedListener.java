package org.cadretraining.registry.agencyfeed.messaging;

import java.util.function.Consumer;

import org.cadretraining.events.Topics;
import org.cadretraining.platform.events.IncomingEvents;
import org.cadretraining.platform.inbox.Inbox;
import org.cadretraining.platform.observability.EventTracing;
import org.cadretraining.platform.security.Actor;
import org.cadretraining.registry.agencyfeed.AgencyFeed;
import org.cadretraining.registry.agencyfeed.AgencyFeedProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Bindings {@code agencyUnits-in-0}, {@code agencyCadres-in-0} and {@code agencyTraining-in-0}: the registry's own
 * unit and cadre topics and enrollment's, in group {@value #GROUP}, each with its dead-letter topic. Every event they
 * apply is recorded in the inbox under its consumer's name, in the transaction that appends the snapshots.
 */
@Configuration
@EnableConfigurationProperties(AgencyFeedProperties.class)
public class AgencyFeedListener {
    public static final String GROUP = "cadre-registry-service.agency-feed";
    /** The system actor the feed's outbox rows name. */
    public static final String ACTOR = "agency-feed";

    @Bean
    public Consumer<Message<byte[]>> agencyUnits(Inbox inbox, AgencyFeed feed, EventTracing tracing) {
        return tracing.continued(GROUP + ".units", message -> Actor.runAs(ACTOR, () -> IncomingEvents.read(message)
                .filter(event -> event.type().topic().equals(Topics.UNITS))
                .ifPresent(event -> inbox.handleOnce(GROUP + ".units", event, feed::unitChanged))));
    }

    @Bean
    public Consumer<Message<byte[]>> agencyCadres(Inbox inbox, AgencyFeed feed, EventTracing tracing) {
        return tracing.continued(GROUP + ".cadres", message -> Actor.runAs(ACTOR, () -> IncomingEvents.read(message)
                .filter(event -> event.type().topic().equals(Topics.CADRES))
                .ifPresent(event -> inbox.handleOnce(GROUP + ".cadres", event, feed::cadreChanged))));
    }

    @Bean
    public Consumer<Message<byte[]>> agencyTraining(Inbox inbox, AgencyFeed feed, EventTracing tracing) {
        return tracing.continued(GROUP + ".training", message -> Actor.runAs(ACTOR, () -> IncomingEvents.read(message)
                .filter(AgencyFeed::isTraining)
                .ifPresent(event -> inbox.handleOnce(GROUP + ".training", event, feed::trainingChanged))));
    }
}
