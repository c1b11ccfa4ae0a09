package org.cadretraining.enrollment.classes;

import java.util.ArrayList;
import java.util.List;

import org.cadretraining.enrollment.programs.Program;
import org.cadretraining.platform.web.ProblemHandling.FieldProblem;

/** The checks a class must pass before it is scheduled, each naming its field. */
public final class ClassRules {
    private ClassRules() {
    }

    /** {@code program} is the one {@code request.programId()} names, or null when there is none. */
    public static List<FieldProblem> problems(NewClass request, Program program, ClassCapacityPolicy capacity) {
        List<FieldProblem> problems = new ArrayList<>();
        if (program == null) {
            problems.add(new FieldProblem("programId", "no program with id " + request.programId()));
        } else {
            String capacityProblem = capacity.problem(program.category(), request.capacity());
            if (capacityProblem != null) {
                problems.add(new FieldProblem("capacity", capacityProblem));
            }
        }
        if (request.startDate() != null && request.endDate() != null && !request.endDate().isAfter(request.startDate())) {
            problems.add(new FieldProblem("endDate", "must be after startDate (" + request.startDate() + ")"));
        }
        return problems;
    }
}
