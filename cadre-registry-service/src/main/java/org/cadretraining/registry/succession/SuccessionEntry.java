package org.cadretraining.registry.succession;

import java.time.LocalDate;
import java.util.UUID;

/** Quy hoạch: a cadre planned for a title in a term (e.g. 2025–2030), until the entry is withdrawn. */
public record SuccessionEntry(UUID id, UUID cadreId, String plannedTitle, int termStart, int termEnd, LocalDate decidedOn,
                              LocalDate withdrawnOn, String withdrawalReason) {
    public boolean live() {
        return withdrawnOn == null;
    }

    /** Why this entry cannot be made, or null when it can. Terms of the party congress run five years. */
    public static String termProblem(int termStart, int termEnd, LocalDate decidedOn) {
        if (termEnd - termStart != 5) {
            return "a planning term runs five years, e.g. 2025–2030";
        }
        if (decidedOn != null && decidedOn.getYear() > termEnd) {
            return "the decision falls after the term it plans for";
        }
        return null;
    }
}
