package org.cadretraining.events;

/**
 * How much a field of an event says about a person, and so who may read it (Decree 13/2023/NĐ-CP on personal data).
 * Published in each schema as {@code x-classification}.
 */
public enum Classification {
    /** Says nothing about a person: unit codes, program categories, dates of a class, counts. */
    PUBLIC,
    /** Identifies or describes a person (basic personal data): ids that link to one, name, birth date, position, free text. */
    PERSONAL,
    /** Sensitive personal data: ethnicity, political affiliation such as party committee seats. */
    SENSITIVE
}
