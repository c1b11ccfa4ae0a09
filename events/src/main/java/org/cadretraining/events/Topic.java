package org.cadretraining.events;

import java.util.Objects;

/**
 * A topic of the public contract: its name, what its key is, and why it is keyed so.
 * One writer per topic; every record key is a plain string identifier.
 *
 * @param name       the Kafka topic name
 * @param keyField   the event field whose value is the record key (e.g. {@code cadreId})
 * @param owner      the service that is the topic's only writer
 * @param compacted  whether the topic is log-compacted (latest fact per key is enough to rebuild)
 * @param partitions the partition count the platform creates it with
 * @param audience    who may read it; its name says the same ({@link Audience#ofName}), and the catalogue's test
 *                    checks that the two agree
 * @param description what the topic carries and for whom, as the published contract (AsyncAPI) says it
 */
public record Topic(String name, String keyField, String owner, boolean compacted, int partitions, Audience audience,
                    String description) {
    public Topic(String name, String keyField, String owner, boolean compacted, int partitions, String description) {
        this(name, keyField, owner, compacted, partitions, Audience.INTERNAL, description);
    }

    public Topic(String name, String keyField, String owner, boolean compacted, int partitions) {
        this(name, keyField, owner, compacted, partitions, null);
    }

    public Topic {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(keyField, "keyField");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(audience, "audience");
        if (partitions < 1) {
            throw new IllegalArgumentException("partitions must be positive");
        }
    }

    /** The CloudEvents {@code source} of every event on this topic: its owner, the only writer. */
    public String source() {
        return "/" + owner;
    }

    /**
     * The topic's retention policy, as the platform creates it (the README's "A secured broker" says why):
     * <ul>
     *   <li>an internal event topic is the event store every view, replica and access directory is rebuilt from by
     *   replaying it from the start: nothing is deleted, by age or by size;</li>
     *   <li>a compacted snapshot topic (the agency and linkage feeds) keeps each key's latest record for good, and a
     *   tombstone for {@link Topics#TOMBSTONE_RETENTION}: an agency that reads at least that often sees every departure;
     *   the snapshots a tombstone ends are compacted away within {@link Topics#COMPACTION_LAG};
     *   one away longer rebuilds from the start.</li>
     * </ul>
     */
    public java.util.Map<String, String> config() {
        return compacted
                ? java.util.Map.of("cleanup.policy", "compact",
                        "delete.retention.ms", Long.toString(Topics.TOMBSTONE_RETENTION.toMillis()),
                        // A departed cadre's earlier snapshots are compacted away within a day of the tombstone,
                        // not whenever the active segment happens to fill.
                        "max.compaction.lag.ms", Long.toString(Topics.COMPACTION_LAG.toMillis()),
                        "segment.ms", Long.toString(Topics.COMPACTION_LAG.toMillis()))
                : java.util.Map.of("cleanup.policy", "delete", "retention.ms", "-1", "retention.bytes", "-1");
    }

    /** Dead-letter topic for one consumer group of this topic. */
    public String deadLetter(String group) {
        return name + "." + group + ".dlq";
    }
}
