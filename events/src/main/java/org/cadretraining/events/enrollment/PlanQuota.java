package org.cadretraining.events.enrollment;

import java.util.List;

import org.cadretraining.events.OptionalField;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;

/**
 * Chỉ tiêu: how many cadres a plan sends to a program in a mode, and how the seats are shared among units. The
 * program's code and name travel with it so that a report can name the program without asking for it.
 */
public record PlanQuota(String programId, ProgramCategory programCategory, StudyMode mode, int quota,
                        List<UnitAllocation> allocations, @OptionalField String programCode,
                        @OptionalField String programName) {

    public PlanQuota(String programId, ProgramCategory programCategory, StudyMode mode, int quota,
                     List<UnitAllocation> allocations) {
        this(programId, programCategory, mode, quota, allocations, null, null);
    }

    public record UnitAllocation(String unitId, int seats) {
    }
}
