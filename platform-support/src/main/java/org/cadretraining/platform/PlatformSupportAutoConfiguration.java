package org.cadretraining.platform;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.cadretraining.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.cadretraining.platform.inbox.Inbox;
import org.cadretraining.platform.observability.ConsumerLag;
import org.cadretraining.platform.observability.DeadLetters;
import org.cadretraining.platform.observability.EventMetrics;
import org.cadretraining.platform.observability.EventTracing;
import org.cadretraining.platform.observability.OutboxMetrics;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.messaging.SubscribableChannel;
import org.cadretraining.platform.outbox.Outbox;
import org.cadretraining.platform.outbox.OutboxRelay;
import org.cadretraining.platform.web.PlatformWebProperties;
import org.cadretraining.platform.web.ProblemHandling;
import org.cadretraining.platform.web.RequestBodyLimit;
import org.cadretraining.platform.web.RequestJson;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox, inbox and problem handling every service gets. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"})
public class PlatformSupportAutoConfiguration {

    /**
     * Every topic of the catalogue, with the catalogue's partition count, created before any binding starts: a
     * binder creating one first would give it a single partition, and break the co-partitioning of cadres and
     * enrollments that reporting relies on.
     */
    @Bean
    KafkaAdmin.NewTopics catalogueTopics() {
        return new KafkaAdmin.NewTopics(Topics.all().stream()
                .map(topic -> {
                    // With the catalogue's retention policy (Topic.config()): the event store keeps everything.
                    return TopicBuilder.name(topic.name()).partitions(topic.partitions()).configs(topic.config()).build();
                })
                .toArray(NewTopic[]::new));
    }

    /**
     * The dead-letter topics of the Kafka binder's bindings ({@code enable-dlq}, {@code dlq-name}), created before the
     * binder would create them without a retention: a dead letter is kept {@link Topics#DEAD_LETTER_RETENTION}, with
     * the partitions of the catalogue topic it comes from (the binder keeps a record's partition).
     */
    @Bean
    KafkaAdmin.NewTopics deadLetterTopics(org.springframework.core.env.Environment environment) {
        var bindings = org.springframework.boot.context.properties.bind.Binder.get(environment)
                .bind("spring.cloud.stream.kafka.bindings", org.springframework.boot.context.properties.bind.Bindable
                        .mapOf(String.class, DeadLetterBinding.class))
                .orElse(Map.of());
        return new KafkaAdmin.NewTopics(bindings.values().stream()
                .map(DeadLetterBinding::consumer)
                .filter(consumer -> consumer != null && consumer.enableDlq() && consumer.dlqName() != null)
                .map(consumer -> TopicBuilder.name(consumer.dlqName())
                        .partitions(Topics.all().stream().filter(t -> consumer.dlqName().startsWith(t.name() + "."))
                                .mapToInt(org.cadretraining.events.Topic::partitions).max().orElse(Topics.DEFAULT_PARTITIONS))
                        .configs(Topics.deadLetterConfig()).build())
                .distinct()
                .toArray(NewTopic[]::new));
    }

    record DeadLetterBinding(DeadLetterConsumer consumer) {
    }

    record DeadLetterConsumer(boolean enableDlq, String dlqName) {
    }

    @Bean
    ProblemHandling problemHandling() {
        return new ProblemHandling();
    }

    /** What a request may make the service read: a bounded body, and JSON of bounded depth and number length. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @EnableConfigurationProperties(PlatformWebProperties.class)
    static class RequestBounds {
        @Bean
        FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(PlatformWebProperties properties) {
            FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(
                    new RequestBodyLimit(properties.maxBodySize()));
            // Before the security chain and anything else that might read the body (the form content filter).
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
            return registration;
        }

        /**
         * The JSON converter of requests and responses, configured as Boot configures the application's mapper and then
         * made strict ({@link RequestJson}); events and other uses of the mapper are left as they are. Last, so that it
         * replaces Boot's converter.
         */
        @Bean
        @Order(Ordered.LOWEST_PRECEDENCE)
        ServerHttpMessageConvertersCustomizer boundedJsonConverter(PlatformWebProperties properties,
                                                                   ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
            JacksonJsonHttpMessageConverter converter = new JacksonJsonHttpMessageConverter(RequestJson.mapper(properties.json(),
                    mapper -> customizers.orderedStream().forEach(customizer -> customizer.customize(mapper))));
            return builder -> builder.withJsonConverter(converter);
        }
    }

    @Bean
    @ConditionalOnBean(JdbcClient.class)
    Inbox inbox(JdbcClient jdbc, TransactionTemplate transactions, EventTracing tracing, EventMetrics metrics) {
        return new Inbox(jdbc, transactions, tracing, metrics);
    }

    /** The trace context events carry (none when tracing is switched off). */
    @Bean
    EventTracing eventTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator,
                              ObjectProvider<ObservationRegistry> observations) {
        return new EventTracing(tracer.getIfAvailable(), propagator.getIfAvailable(),
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    @Bean
    EventMetrics eventMetrics(ObjectProvider<MeterRegistry> registry) {
        return new EventMetrics(registry.getIfAvailable());
    }

    /** Counts the records the bindings dead-lettered, from the application's error channel (see {@link DeadLetters}). */
    @Bean
    SmartInitializingSingleton deadLetterCounting(ListableBeanFactory beans, EventMetrics metrics) {
        return () -> {
            if (beans.containsBean("errorChannel") && beans.getBean("errorChannel") instanceof SubscribableChannel errors) {
                errors.subscribe(new DeadLetters(metrics));
            }
        };
    }

    /** The lag of this service's consumer groups ({@code platform.observability.consumer-groups}). */
    @Bean
    @ConditionalOnProperty(name = "platform.observability.consumer-groups")
    @ConditionalOnBean(KafkaProperties.class)
    ConsumerLag consumerLag(KafkaProperties kafka, ObjectProvider<MeterRegistry> registry,
                            @Value("${platform.observability.consumer-groups}") java.util.List<String> groups,
                            @Value("${platform.observability.consumer-lag-interval:5s}") Duration interval) {
        return new ConsumerLag(kafka.buildAdminProperties(), groups, interval, registry.getIfAvailable(
                io.micrometer.core.instrument.simple.SimpleMeterRegistry::new));
    }

    @Bean
    @ConditionalOnProperty(name = "platform.outbox.enabled", havingValue = "true", matchIfMissing = true)
    @ConditionalOnBean(JdbcClient.class)
    OutboxRelay outboxRelay(JdbcClient jdbc, KafkaProperties kafkaProperties,
                            @Value("${platform.events.source:${spring.application.name}}") String source,
                            @Value("${platform.outbox.poll-interval:250ms}") Duration pollInterval,
                            @Value("${platform.outbox.batch-size:1000}") int batchSize) {
        var config = kafkaProperties.buildProducerProperties();
        config.put("key.serializer", org.apache.kafka.common.serialization.StringSerializer.class);
        config.put("value.serializer", org.apache.kafka.common.serialization.ByteArraySerializer.class);
        // Idempotent producer: a retried send cannot duplicate or reorder a key's events.
        config.put("enable.idempotence", true);
        config.put("acks", "all");
        config.put("linger.ms", 5);
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        return new OutboxRelay(jdbc, template, "/" + source, pollInterval, batchSize);
    }

    @Bean
    @ConditionalOnBean(OutboxRelay.class)
    Outbox outbox(JdbcClient jdbc, OutboxRelay relay, EventTracing tracing) {
        return new Outbox(jdbc, relay, tracing);
    }

    /** Declared after the relay: a condition on a bean of this class sees only those declared before it. */
    @Bean
    @ConditionalOnBean(OutboxRelay.class)
    OutboxMetrics outboxMetrics(JdbcClient jdbc) {
        return new OutboxMetrics(jdbc, java.time.Clock.systemUTC());
    }
}
