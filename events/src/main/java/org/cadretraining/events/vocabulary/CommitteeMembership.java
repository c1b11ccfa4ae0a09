package org.cadretraining.events.vocabulary;

import static org.cadretraining.events.Classification.SENSITIVE;

import org.cadretraining.events.Property;

/**
 * A seat on an executive committee for a term, e.g. the provincial committee 2025–2030. A null {@code committee} is
 * one this reader's version does not know ({@link UnknownValues}): a seat on no committee it reports on.
 */
public record CommitteeMembership(
        @Property(classification = SENSITIVE, description = "The party executive committee the seat is on (provincial or district Ban Chấp hành Đảng bộ); a value this reader does not know reads as absent: a seat on no committee it reports on.")
        Committee committee,
        @Property(classification = SENSITIVE, description = "The first year of the committee's term the seat is held in (e.g. 2025 of 2025–2030).")
        int termStart,
        @Property(classification = SENSITIVE, description = "The last year of the term (e.g. 2030 of 2025–2030); never before termStart.")
        int termEnd) {
    public CommitteeMembership {
        if (termEnd < termStart) {
            throw new IllegalArgumentException("termEnd before termStart");
        }
    }

    public boolean activeIn(int year) {
        return termStart <= year && year <= termEnd;
    }
}
