package org.cadretraining.enrollment.classes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.cadretraining.enrollment.programs.Program;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.ProgramKind;
import org.cadretraining.events.vocabulary.StudyMode;
import org.cadretraining.platform.web.ProblemHandling.FieldProblem;
import org.junit.jupiter.api.Test;

class ClassRulesTest {
    private static final Program POLITICAL_THEORY = new Program(UUID.randomUUID(), "TC-LLCT", "Trung cấp LLCT–HC",
            ProgramKind.DEGREE, ProgramCategory.POLITICAL_THEORY, new ConferredLevel(Ladder.POLITICAL_THEORY, "INTERMEDIATE"),
            Instant.now());
    private static final ClassCapacityPolicy DEFAULTS = new ClassCapacityPolicy(ClassCapacityProperties.defaults());

    private static NewClass newClass(LocalDate start, LocalDate end, int capacity) {
        return new NewClass(POLITICAL_THEORY.id(), "Trường Chính trị tỉnh Điện Biên", "Khóa 12", StudyMode.IN_SERVICE,
                start, end, "Điện Biên Phủ", capacity, FundingSource.STATE_BUDGET);
    }

    @Test
    void aWellFormedClassPasses() {
        assertThat(ClassRules.problems(newClass(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 9, 30), 71), POLITICAL_THEORY,
                DEFAULTS)).isEmpty();
    }

    @Test
    void theClassMustEndAfterItStarts() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertThat(ClassRules.problems(newClass(day, day.minusDays(1), 40), POLITICAL_THEORY, DEFAULTS))
                .extracting(FieldProblem::field).containsExactly("endDate");
        assertThat(ClassRules.problems(newClass(day, day, 40), POLITICAL_THEORY, DEFAULTS))
                .extracting(FieldProblem::field).containsExactly("endDate");
    }

    @Test
    void anUnknownProgramNamesProgramIdAndEveryProblemIsReportedAtOnce() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertThat(ClassRules.problems(newClass(day, day.minusDays(3), 40), null, DEFAULTS))
                .extracting(FieldProblem::field).containsExactly("programId", "endDate");
    }

    @Test
    void capacityRunsFromOneToTheRegulatoryMaximumOfTheCategory() {
        assertThat(DEFAULTS.problem(ProgramCategory.POLITICAL_THEORY, 1)).isNull();
        assertThat(DEFAULTS.problem(ProgramCategory.POLITICAL_THEORY, ClassCapacityProperties.DEFAULT_MAX_CAPACITY)).isNull();
        assertThat(DEFAULTS.problem(ProgramCategory.POLITICAL_THEORY, 0)).contains("at least 1");
        assertThat(DEFAULTS.problem(ProgramCategory.POLITICAL_THEORY, ClassCapacityProperties.DEFAULT_MAX_CAPACITY + 1))
                .contains("at most 120", "POLITICAL_THEORY");

        ClassCapacityPolicy capped = new ClassCapacityPolicy(new ClassCapacityProperties(Map.of(ProgramCategory.POSTGRADUATE, 30)));
        assertThat(capped.problem(ProgramCategory.POSTGRADUATE, 30)).isNull();
        assertThat(capped.problem(ProgramCategory.POSTGRADUATE, 31)).contains("at most 30");
        assertThat(capped.problem(ProgramCategory.LEADERSHIP, 120)).isNull();

        assertThat(ClassRules.problems(newClass(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 9, 30), 0), POLITICAL_THEORY,
                DEFAULTS)).extracting(FieldProblem::field).containsExactly("capacity");
    }

    @Test
    void aConfiguredMaximumBelowOneIsAStartUpError() {
        assertThatThrownBy(() -> new ClassCapacityProperties(Map.of(ProgramCategory.PARTY_WORK, 0)))
                .hasMessageContaining("PARTY_WORK");
    }

    @Test
    void seatsLeftNeverGoBelowZero() {
        TrainingClass c = new TrainingClass(UUID.randomUUID(), POLITICAL_THEORY.id(), null, "Khóa 13", StudyMode.CONCENTRATED,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 9, 30), null, 2, FundingSource.UNIT, ClassStatus.SCHEDULED,
                Instant.now());
        assertThat(c.seatsLeft(0)).isEqualTo(2);
        assertThat(c.isFull(1)).isFalse();
        assertThat(c.isFull(2)).isTrue();
        assertThat(c.seatsLeft(3)).isZero();
    }
}
