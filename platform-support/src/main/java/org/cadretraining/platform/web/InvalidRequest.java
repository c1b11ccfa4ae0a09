package org.cadretraining.platform.web;

import java.util.List;

import org.cadretraining.platform.web.ProblemHandling.FieldProblem;

/** Domain checks that failed on several fields at once; all are reported in one 400 problem. */
public class InvalidRequest extends RuntimeException {
    private final List<FieldProblem> problems;

    public InvalidRequest(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.reason()).reduce((a, b) -> a + "; " + b).orElse("invalid"));
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
