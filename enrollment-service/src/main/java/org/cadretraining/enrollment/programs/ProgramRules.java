package org.cadretraining.enrollment.programs;

import java.util.ArrayList;
import java.util.List;

import org.cadretraining.platform.web.ProblemHandling.FieldProblem;

/** The checks a new program must pass before anything is written, each naming its field. */
public final class ProgramRules {
    private ProgramRules() {
    }

    public static List<FieldProblem> problems(NewProgram program) {
        List<FieldProblem> problems = new ArrayList<>();
        if (program.confersLadder() == null && program.confersLevel() != null) {
            problems.add(new FieldProblem("confers.ladder", "must not be null"));
        }
        if (program.confersLadder() != null) {
            List<String> levels = program.confersLadder().levels();
            // NONE is where a ladder starts; no course confers it.
            List<String> conferrable = levels.subList(1, levels.size());
            if (program.confersLevel() == null || !conferrable.contains(program.confersLevel())) {
                problems.add(new FieldProblem("confers.level", "must be a level of " + program.confersLadder()
                        + ", one of " + conferrable));
            }
        }
        return problems;
    }
}
