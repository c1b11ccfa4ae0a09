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
        var prerequisites = program.prerequisites() == null ? java.util.List.<NewProgram.RequiredLevel>of() : program.prerequisites();
        java.util.Set<org.cadretraining.events.vocabulary.Ladder> seen = java.util.EnumSet.noneOf(org.cadretraining.events.vocabulary.Ladder.class);
        for (int i = 0; i < prerequisites.size(); i++) {
            var required = prerequisites.get(i);
            String field = "prerequisites[" + i + "]";
            if (required == null || required.ladder() == null) {
                problems.add(new FieldProblem(field + ".ladder", "must not be null"));
                continue;
            }
            List<String> levels = required.ladder().levels();
            if (required.level() == null || !levels.subList(1, levels.size()).contains(required.level())) {
                problems.add(new FieldProblem(field + ".level", "must be a level of " + required.ladder() + ", one of "
                        + levels.subList(1, levels.size())));
            } else if (!seen.add(required.ladder())) {
                problems.add(new FieldProblem(field + ".ladder", "names " + required.ladder() + " twice; give one minimum per ladder"));
            }
        }
        return problems;
    }
}
