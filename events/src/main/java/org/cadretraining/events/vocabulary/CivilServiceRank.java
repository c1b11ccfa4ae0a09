package org.cadretraining.events.vocabulary;

/** Ngạch công chức. */
public enum CivilServiceRank {
    CLERK,
    STAFF,
    SPECIALIST,
    PRINCIPAL_SPECIALIST,
    SENIOR_SPECIALIST
}
