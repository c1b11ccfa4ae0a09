package org.cadretraining.events.vocabulary;


/**
 * A seat on an executive committee for a term, e.g. the provincial committee 2025–2030. A null {@code committee} is
 * one this reader's version does not know ({@link UnknownValues}): a seat on no committee it reports on.
 */
public record CommitteeMembership(Committee committee, int termStart, int termEnd) {
    public CommitteeMembership {
        if (termEnd < termStart) {
            throw new IllegalArgumentException("termEnd before termStart");
        }
    }

    public boolean activeIn(int year) {
        return termStart <= year && year <= termEnd;
    }
}
