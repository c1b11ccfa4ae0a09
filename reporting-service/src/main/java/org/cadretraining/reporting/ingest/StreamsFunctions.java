package org.cadretraining.reporting.ingest;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.streams.kstream.GlobalKTable;
import org.apache.kafka.streams.kstream.KStream;
import org.cadretraining.events.Topics;
import org.cadretraining.reporting.views.StoreNames;
import org.cadretraining.reporting.views.ReferenceEntry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/** The topologies as functions for the Kafka Streams binder, and the topics reporting owns. */
@Configuration
public class StreamsFunctions {

    @Bean
    public ProgressTopology progressTopology(@Value("${reporting.stores.in-memory:false}") boolean inMemory) {
        return new ProgressTopology(inMemory ? ProgressTopology.StoreKind.IN_MEMORY : ProgressTopology.StoreKind.PERSISTENT);
    }

    @Bean
    public BiFunction<KStream<String, byte[]>, KStream<String, byte[]>, KStream<String, ReferenceEntry>> referenceData(
            ProgressTopology topology) {
        return topology::referenceData;
    }

    @Bean
    public BiConsumer<KStream<String, byte[]>, GlobalKTable<String, ReferenceEntry>> progress(ProgressTopology topology) {
        return topology::progress;
    }

    /** Reporting's own topics, created before the streams start so that no sink waits on auto-creation. */
    @Bean
    public KafkaAdmin.NewTopics reportingTopics() {
        var topics = new java.util.ArrayList<NewTopic>();
        topics.add(TopicBuilder.name(StoreNames.REFERENCE_TOPIC).partitions(Topics.DEFAULT_PARTITIONS).compact().build());
        topics.add(TopicBuilder.name(StoreNames.TARGETS_TOPIC).partitions(Topics.DEFAULT_PARTITIONS).compact().build());
        ProgressTopology.deadLetterTopics().forEach(name -> topics.add(TopicBuilder.name(name).partitions(1)
                .configs(Topics.deadLetterConfig()).build()));
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }
}
