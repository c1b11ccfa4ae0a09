package org.cadretraining.platform.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.cadretraining.events.Audience;
import org.cadretraining.events.Topic;
import org.cadretraining.events.Topics;

/**
 * Who may do what on the broker, derived from the topic catalogue; the broker denies everything else. A service
 * writes only the topics it owns ({@link Topic#owner()}), reads the internal topics, and has its own prefix for its
 * consumer groups, transactional ids, dead-letter topics ({@code <topic>.<prefix>…}) and topics of its own (Kafka
 * Streams' internal ones). An agency reads the agency feed ({@code agency.*}) with consumer groups
 * {@code agency.<name>.*}; the linking agency reads {@code linkage.cadres} too. Nobody but the operator creates
 * catalogue topics or ACLs.
 */
public final class BrokerAccess {
    /** A service's principal and the prefix of its groups, transactional ids and own topics. */
    public record Service(String principal, String prefix) {
    }

    /** An agency reading the feed; {@code links} for the one agency authorised to read the linkage feed. */
    public record Agency(String name, boolean links) {
        public String principal() {
            return "agency." + name;
        }

        /** The prefix of its consumer groups: the reference consumer's is {@code agency.<name>.feed}. */
        public String groupPrefix() {
            return "agency." + name + ".";
        }
    }

    public static final Service REGISTRY = new Service("cadre-registry-service", "cadre-registry-service");
    public static final Service ENROLLMENT = new Service("enrollment-service", "enrollment-service");
    /** Its Kafka Streams application ids are reporting-reference and reporting-progress; its topics reporting.*. */
    public static final Service REPORTING = new Service("reporting-service", "reporting");
    public static final List<Service> SERVICES = List.of(REGISTRY, ENROLLMENT, REPORTING);

    private BrokerAccess() {
    }

    /** Every principal that needs a credential: the services', then the agencies'. */
    public static List<String> principals(List<Agency> agencies) {
        List<String> principals = new ArrayList<>(SERVICES.stream().map(Service::principal).toList());
        agencies.forEach(agency -> principals.add(agency.principal()));
        return principals;
    }

    public static List<AclBinding> bindings(List<Agency> agencies) {
        List<AclBinding> acls = new ArrayList<>();
        for (Service service : SERVICES) {
            String user = "User:" + service.principal();
            for (Topic topic : Topics.all()) {
                // Describe every catalogue topic: each service's KafkaAdmin checks the whole catalogue exists.
                acls.add(allow(user, ResourceType.TOPIC, topic.name(), PatternType.LITERAL, AclOperation.DESCRIBE));
                if (topic.audience() == Audience.INTERNAL) {
                    acls.add(allow(user, ResourceType.TOPIC, topic.name(), PatternType.LITERAL, AclOperation.READ));
                }
                if (topic.owner().equals(service.principal())) {
                    acls.add(allow(user, ResourceType.TOPIC, topic.name(), PatternType.LITERAL, AclOperation.WRITE));
                }
                // Its dead-letter topics of this topic, <topic>.<group>.dlq, its groups starting with its prefix.
                acls.add(allow(user, ResourceType.TOPIC, topic.name() + "." + service.prefix(), PatternType.PREFIXED, AclOperation.ALL));
            }
            acls.add(allow(user, ResourceType.TOPIC, service.prefix(), PatternType.PREFIXED, AclOperation.ALL));
            acls.add(allow(user, ResourceType.GROUP, service.prefix(), PatternType.PREFIXED, AclOperation.ALL));
            acls.add(allow(user, ResourceType.TRANSACTIONAL_ID, service.prefix(), PatternType.PREFIXED, AclOperation.WRITE));
            acls.add(allow(user, ResourceType.TRANSACTIONAL_ID, service.prefix(), PatternType.PREFIXED, AclOperation.DESCRIBE));
        }
        for (Agency agency : agencies) {
            String user = "User:" + agency.principal();
            // The whole agency feed, as it grows; the linkage feed by name, for the linking agency alone.
            acls.add(allow(user, ResourceType.TOPIC, Audience.AGENCY.prefix(), PatternType.PREFIXED, AclOperation.READ));
            acls.add(allow(user, ResourceType.TOPIC, Audience.AGENCY.prefix(), PatternType.PREFIXED, AclOperation.DESCRIBE));
            if (agency.links()) {
                for (Topic topic : Topics.all()) {
                    if (topic.audience() == Audience.LINKAGE) {
                        acls.add(allow(user, ResourceType.TOPIC, topic.name(), PatternType.LITERAL, AclOperation.READ));
                        acls.add(allow(user, ResourceType.TOPIC, topic.name(), PatternType.LITERAL, AclOperation.DESCRIBE));
                    }
                }
            }
            acls.add(allow(user, ResourceType.GROUP, agency.groupPrefix(), PatternType.PREFIXED, AclOperation.READ));
            acls.add(allow(user, ResourceType.GROUP, agency.groupPrefix(), PatternType.PREFIXED, AclOperation.DESCRIBE));
        }
        return acls;
    }

    /**
     * One ACL as a line of {@code docker/kafka/acls.txt}: principal, resource type, pattern type, resource name and
     * operation, in the words {@code kafka-acls.sh} takes ({@code --allow-principal}, {@code --topic}/{@code --group}/
     * {@code --transactional-id}, {@code --resource-pattern-type}, {@code --operation}).
     */
    public static String line(AclBinding acl) {
        return String.join(" ", acl.entry().principal(), pascal(acl.pattern().resourceType().name()),
                acl.pattern().patternType().name(), acl.pattern().name(), pascal(acl.entry().operation().name()));
    }

    private static String pascal(String enumName) {
        StringBuilder text = new StringBuilder();
        for (String word : enumName.split("_")) {
            text.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return text.toString();
    }

    private static AclBinding allow(String principal, ResourceType type, String name, PatternType pattern, AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW));
    }

    /**
     * As the operator: creates the catalogue's topics with their retention policy (the services may not create
     * another's), and the ACLs. Both are idempotent: a restart on a kept log finds them and changes nothing.
     */
    public static void apply(Map<String, Object> operator, List<Agency> agencies) {
        try (Admin admin = Admin.create(operator)) {
            List<NewTopic> topics = Topics.all().stream()
                    .map(topic -> new NewTopic(topic.name(), java.util.Optional.of(topic.partitions()), java.util.Optional.empty())
                            .configs(topic.config()))
                    .toList();
            for (var created : admin.createTopics(topics).values().values()) {
                try {
                    created.get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            admin.createAcls(bindings(agencies)).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not set up the broker's topics and ACLs: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
