package org.cadretraining.events.vocabulary;

import java.util.Objects;

/** A seat on an executive committee for a term, e.g. the provincial committee 2025–2030. */
public record CommitteeMembership(Committee committee, int termStart, int termEnd) {
    public CommitteeMembership {
        Objects.requireNonNull(committee, "committee");
        if (termEnd < termStart) {
            throw new IllegalArgumentException("termEnd before termStart");
        }
    }

    public boolean activeIn(int year) {
        return termStart <= year && year <= termEnd;
    }
}
