package org.cadretraining.enrollment.programs;

import static org.assertj.core.api.Assertions.assertThat;

import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.ProgramKind;
import org.cadretraining.platform.web.ProblemHandling.FieldProblem;
import org.junit.jupiter.api.Test;

class ProgramRulesTest {
    private static NewProgram program(Ladder ladder, String level) {
        return new NewProgram("TC-LLCT", "Trung cấp lý luận chính trị – hành chính", ProgramKind.DEGREE,
                ProgramCategory.POLITICAL_THEORY, ladder, level);
    }

    @Test
    void aProgramMayConferALevelOfItsLadderOrNothing() {
        assertThat(ProgramRules.problems(program(Ladder.POLITICAL_THEORY, "INTERMEDIATE"))).isEmpty();
        assertThat(ProgramRules.problems(program(Ladder.STATE_MANAGEMENT, "PRINCIPAL_SPECIALIST"))).isEmpty();
        assertThat(ProgramRules.problems(program(Ladder.PROFESSIONAL, "SPECIALIST_DOCTOR_II"))).isEmpty();
        assertThat(ProgramRules.problems(program(null, null))).isEmpty();
    }

    @Test
    void aLevelFromAnotherLadderNamesConfersLevel() {
        assertThat(ProgramRules.problems(program(Ladder.STATE_MANAGEMENT, "MASTER"))).singleElement()
                .satisfies(p -> {
                    assertThat(p.field()).isEqualTo("confers.level");
                    assertThat(p.reason()).contains("STATE_MANAGEMENT", "SENIOR_SPECIALIST");
                });
    }

    @Test
    void noneAndAMissingLevelAreNotConferrable() {
        assertThat(ProgramRules.problems(program(Ladder.POLITICAL_THEORY, "NONE"))).extracting(FieldProblem::field)
                .containsExactly("confers.level");
        assertThat(ProgramRules.problems(program(Ladder.POLITICAL_THEORY, null))).extracting(FieldProblem::field)
                .containsExactly("confers.level");
        assertThat(ProgramRules.problems(program(null, "INTERMEDIATE"))).extracting(FieldProblem::field)
                .containsExactly("confers.ladder");
    }

    private static NewProgram advanced(java.util.List<NewProgram.RequiredLevel> prerequisites) {
        return new NewProgram("CC-LLCT", "Cao cấp lý luận chính trị", ProgramKind.DEGREE, ProgramCategory.POLITICAL_THEORY,
                Ladder.POLITICAL_THEORY, "ADVANCED", prerequisites, java.util.Set.of());
    }

    @Test
    void prerequisitesNameALevelOfTheirLadderOncePerLadder() {
        var intermediate = new NewProgram.RequiredLevel(Ladder.POLITICAL_THEORY, "INTERMEDIATE");
        var university = new NewProgram.RequiredLevel(Ladder.PROFESSIONAL, "UNIVERSITY");
        assertThat(ProgramRules.problems(advanced(java.util.List.of(intermediate, university)))).isEmpty();
        assertThat(ProgramRules.problems(advanced(java.util.List.of(university, new NewProgram.RequiredLevel(Ladder.PROFESSIONAL, "INTERMEDIATE")))))
                .extracting(FieldProblem::field).containsExactly("prerequisites[1].level");
        assertThat(ProgramRules.problems(advanced(java.util.List.of(intermediate, intermediate))))
                .extracting(FieldProblem::field).containsExactly("prerequisites[1].ladder");
    }
}
