package org.cadretraining.events;

/**
 * Who a topic is for. The catalogue's rule, checked by its test and enforced by the broker's ACLs, ties it to the
 * name: only {@code agency.*} topics are for agencies, only {@code linkage.*} topics carry a key that links a cadre
 * to another register, and everything else is internal.
 */
public enum Audience {
    /** The services' own topics: full events, personal and sensitive data among them. Never read by an agency. */
    INTERNAL(""),
    /** The agency feed: minimised snapshots, no sensitive field; any authorised agency may read it. */
    AGENCY("agency."),
    /** The linkage feed: a cadre's key in the national database, for the one agency authorised to link. */
    LINKAGE("linkage.");

    private final String prefix;

    Audience(String prefix) {
        this.prefix = prefix;
    }

    /** The prefix every topic of this audience's name starts with (none for internal topics). */
    public String prefix() {
        return prefix;
    }

    /** The audience a topic name says, by the catalogue's naming rule. */
    public static Audience ofName(String topic) {
        if (topic.startsWith(AGENCY.prefix)) {
            return AGENCY;
        }
        return topic.startsWith(LINKAGE.prefix) ? LINKAGE : INTERNAL;
    }
}
