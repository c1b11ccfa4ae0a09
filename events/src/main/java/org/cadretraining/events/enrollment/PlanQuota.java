package org.cadretraining.events.enrollment;

import java.util.List;

import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.StudyMode;

/** Chỉ tiêu: how many cadres a plan sends to a program in a mode, and how the seats are shared among units. */
public record PlanQuota(String programId, ProgramCategory programCategory, StudyMode mode, int quota,
                        List<UnitAllocation> allocations) {

    public record UnitAllocation(String unitId, int seats) {
    }
}
