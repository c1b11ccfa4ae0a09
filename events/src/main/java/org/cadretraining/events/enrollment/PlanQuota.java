package org.cadretraining.events.enrollment;

import static org.cadretraining.events.Classification.PUBLIC;

import java.util.List;

import org.cadretraining.events.OptionalField;
import org.cadretraining.events.Property;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;

/**
 * Chỉ tiêu: how many cadres a plan sends to a program in a mode, and how the seats are shared among units. The
 * program's code and name travel with it so that a report can name the program without asking for it.
 */
public record PlanQuota(
        @Property(classification = PUBLIC, description = "The program the quota is for (enrollment's program id, UUID; ClassScheduled.programId).")
        String programId,
        @Property(classification = PUBLIC, description = "The program's category (political theory, state management, postgraduate…), as on its classes.")
        ProgramCategory programCategory,
        @Property(classification = PUBLIC, description = "The study mode the quota is for: concentrated (full-time), in-service (part-time) or online.")
        StudyMode mode,
        @Property(classification = PUBLIC, description = "How many cadres the plan sends to the program in this mode in the plan's year (a count of seats).")
        int quota,
        @Property(classification = PUBLIC, description = "How the quota's seats are shared among units, one entry per unit; together they never exceed quota; empty when not yet shared out.")
        List<UnitAllocation> allocations,
        @Property(classification = PUBLIC, description = "The program's code (e.g. \"LLCT-TC\") when the plan was approved or revised; absent from older producers.")
        @OptionalField String programCode,
        @Property(classification = PUBLIC, description = "The program's name, in Vietnamese, when the plan was approved or revised; absent from older producers.")
        @OptionalField String programName) {
    public PlanQuota(String programId, ProgramCategory programCategory, StudyMode mode, int quota,
                     List<UnitAllocation> allocations) {
        this(programId, programCategory, mode, quota, allocations, null, null);
    }

    /** The seats of a quota given to one unit. */
    public record UnitAllocation(
            @Property(classification = PUBLIC, description = "The unit given the seats (registry.units key).")
            String unitId,
            @Property(classification = PUBLIC, description = "How many of the quota's seats the unit may fill with its nominations (a count).")
            int seats) {
    }
}
