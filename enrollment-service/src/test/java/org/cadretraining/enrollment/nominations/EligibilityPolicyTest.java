package org.cadretraining.enrollment.nominations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.cadretraining.enrollment.cadres.ReplicatedCadre;
import org.cadretraining.enrollment.classes.ClassStatus;
import org.cadretraining.enrollment.classes.TrainingClass;
import org.cadretraining.enrollment.nominations.EligibilityPolicy.Allocation;
import org.cadretraining.enrollment.nominations.EligibilityPolicy.Facts;
import org.cadretraining.enrollment.nominations.EligibilityPolicy.Reason;
import org.cadretraining.enrollment.nominations.EligibilityPolicy.Refusal;
import org.cadretraining.enrollment.programs.Prerequisites;
import org.cadretraining.enrollment.programs.Program;
import org.cadretraining.enrollment.units.Closure;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.ConferredLevel;
import org.cadretraining.events.vocabulary.FundingSource;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.ProgramKind;
import org.cadretraining.events.vocabulary.QualificationLevels;
import org.cadretraining.events.vocabulary.StateManagementLevel;
import org.cadretraining.events.vocabulary.StudyMode;
import org.junit.jupiter.api.Test;

class EligibilityPolicyTest {
    private static final UUID CADRE = UUID.randomUUID();
    private static final UUID UNIT = UUID.randomUUID();
    /** Advanced political theory: requires INTERMEDIATE, a UNIVERSITY degree and the provincial tier. */
    private static final Program ADVANCED = new Program(UUID.randomUUID(), "CC-LLCT", "Cao cấp LLCT", ProgramKind.DEGREE,
            ProgramCategory.POLITICAL_THEORY, new ConferredLevel(Ladder.POLITICAL_THEORY, "ADVANCED"), Instant.now(),
            new Prerequisites(List.of(new ConferredLevel(Ladder.POLITICAL_THEORY, "INTERMEDIATE"),
                    new ConferredLevel(Ladder.PROFESSIONAL, "UNIVERSITY")), Set.of(ManagementTier.PROVINCIAL_STANDING_COMMITTEE)));

    private static TrainingClass concentrated(LocalDate start, LocalDate end) {
        return new TrainingClass(UUID.randomUUID(), ADVANCED.id(), null, "Khóa 12", StudyMode.CONCENTRATED, start, end, null,
                40, FundingSource.STATE_BUDGET, ClassStatus.OPEN, Instant.now());
    }

    private static final TrainingClass CLASS = concentrated(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 9, 30));

    private static ReplicatedCadre cadre(CadreStatus status, PoliticalTheoryLevel theory, ProfessionalLevel professional,
                                         ManagementTier tier) {
        return new ReplicatedCadre(CADRE, UNIT, status, tier, new QualificationLevels(professional, theory, StateManagementLevel.NONE),
                Instant.now());
    }

    private static final ReplicatedCadre ELIGIBLE = cadre(CadreStatus.ACTIVE, PoliticalTheoryLevel.INTERMEDIATE,
            ProfessionalLevel.UNIVERSITY, ManagementTier.PROVINCIAL_STANDING_COMMITTEE);

    private static Optional<Refusal> check(ReplicatedCadre cadre, TrainingClass c, boolean inClass, List<TrainingClass> others,
                                           Optional<Allocation> allocation) {
        return EligibilityPolicy.refusal(new Facts(CADRE, Optional.ofNullable(cadre), ADVANCED, c, inClass, others, allocation));
    }

    private static Optional<Reason> reason(ReplicatedCadre cadre) {
        return check(cadre, CLASS, false, List.of(), Optional.empty()).map(Refusal::reason);
    }

    @Test
    void aCadreMeetingEveryRuleIsEligible() {
        assertThat(reason(ELIGIBLE)).isEmpty();
        assertThat(check(ELIGIBLE, CLASS, false, List.of(), Optional.of(new Allocation(UUID.randomUUID(), UNIT, 3, 2)))).isEmpty();
    }

    @Test
    void eachRuleRefusesWithItsOwnReason() {
        assertThat(reason(null)).contains(Reason.CADRE_NOT_KNOWN);
        assertThat(reason(cadre(CadreStatus.RETIRED, PoliticalTheoryLevel.INTERMEDIATE, ProfessionalLevel.UNIVERSITY,
                ManagementTier.PROVINCIAL_STANDING_COMMITTEE))).contains(Reason.CADRE_NOT_ACTIVE);
        assertThat(reason(cadre(CadreStatus.ACTIVE, PoliticalTheoryLevel.BACHELOR, ProfessionalLevel.UNIVERSITY,
                ManagementTier.PROVINCIAL_STANDING_COMMITTEE))).contains(Reason.ALREADY_HOLDS_LEVEL);
        assertThat(reason(cadre(CadreStatus.ACTIVE, PoliticalTheoryLevel.ADVANCED, ProfessionalLevel.UNIVERSITY,
                ManagementTier.PROVINCIAL_STANDING_COMMITTEE))).contains(Reason.ALREADY_HOLDS_LEVEL);
        assertThat(check(ELIGIBLE, CLASS, true, List.of(), Optional.empty()).map(Refusal::reason)).contains(Reason.ALREADY_ENROLLED);
        assertThat(check(ELIGIBLE, CLASS, false, List.of(), Optional.of(new Allocation(UUID.randomUUID(), UNIT, 3, 3)))
                .map(Refusal::reason)).contains(Reason.ALLOCATION_USED_UP);
        assertThat(check(ELIGIBLE, CLASS.withStatus(ClassStatus.IN_PROGRESS), false, List.of(), Optional.empty())
                .map(Refusal::reason)).contains(Reason.CLASS_NOT_OPEN);
    }

    @Test
    void aMissingPrerequisiteIsNamedWithWhatTheCadreHolds() {
        Refusal refusal = check(cadre(CadreStatus.ACTIVE, PoliticalTheoryLevel.ELEMENTARY, ProfessionalLevel.COLLEGE,
                ManagementTier.UNIT), CLASS, false, List.of(), Optional.empty()).orElseThrow();
        assertThat(refusal.reason()).isEqualTo(Reason.PREREQUISITE_MISSING);
        assertThat(refusal.detail()).contains("POLITICAL_THEORY at least INTERMEDIATE (holds ELEMENTARY)",
                "PROFESSIONAL at least UNIVERSITY (holds COLLEGE)", "management tier");
    }

    @Test
    void overlappingConcentratedClassesClashButAdjacentOnesDoNot() {
        TrainingClass overlapping = concentrated(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 20));
        TrainingClass after = concentrated(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 20));
        Refusal clash = check(ELIGIBLE, CLASS, false, List.of(after, overlapping), Optional.empty()).orElseThrow();
        assertThat(clash.reason()).isEqualTo(Reason.CONCENTRATED_CLASH);
        assertThat(clash.detail()).contains(overlapping.id().toString());
        assertThat(check(ELIGIBLE, CLASS, false, List.of(after), Optional.empty())).isEmpty();
        // An in-service class fits beside a concentrated one.
        TrainingClass inService = new TrainingClass(UUID.randomUUID(), ADVANCED.id(), null, "Khóa 13", StudyMode.IN_SERVICE,
                CLASS.startDate(), CLASS.endDate(), null, 40, FundingSource.UNIT, ClassStatus.OPEN, Instant.now());
        assertThat(check(ELIGIBLE, inService, false, List.of(overlapping), Optional.empty())).isEmpty();
    }

    @Test
    void everyRuleBrokenIsListedMostFundamentalFirstAndTheFirstIsTheRefusal() {
        Closure closed = new Closure(UNIT, "DA-2025", Closure.How.MERGED, LocalDate.of(2025, 7, 1), List.of(UUID.randomUUID()));
        TrainingClass running = CLASS.withStatus(ClassStatus.IN_PROGRESS);
        Facts facts = new Facts(CADRE, Optional.of(cadre(CadreStatus.RETIRED, PoliticalTheoryLevel.ELEMENTARY,
                ProfessionalLevel.COLLEGE, ManagementTier.UNIT)), ADVANCED, running, true,
                List.of(concentrated(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1))),
                Optional.of(new Allocation(UUID.randomUUID(), UNIT, 2, 2)), Optional.of(closed));
        List<Refusal> all = EligibilityPolicy.refusals(facts);
        assertThat(all).extracting(Refusal::reason).containsExactly(Reason.UNIT_CLOSED, Reason.CADRE_NOT_ACTIVE,
                Reason.CLASS_NOT_OPEN, Reason.ALREADY_ENROLLED, Reason.PREREQUISITE_MISSING, Reason.CONCENTRATED_CLASH,
                Reason.ALLOCATION_USED_UP);
        assertThat(EligibilityPolicy.refusal(facts)).contains(all.get(0));
        // A cadre known nowhere leaves the rules of the class and the allocation to check, and no others.
        assertThat(EligibilityPolicy.refusals(new Facts(CADRE, Optional.empty(), ADVANCED, running, false, List.of(),
                Optional.empty()))).extracting(Refusal::reason).containsExactly(Reason.CADRE_NOT_KNOWN, Reason.CLASS_NOT_OPEN);
        assertThat(EligibilityPolicy.refusals(new Facts(CADRE, Optional.of(ELIGIBLE), ADVANCED, CLASS, false, List.of(),
                Optional.empty()))).isEmpty();
    }

    @Test
    void reasonsHaveStableProblemTypes() {
        assertThat(Reason.UNIT_CLOSED.type()).isEqualTo("unit-closed");
        assertThat(Reason.ALLOCATION_USED_UP.type()).isEqualTo("allocation-used-up");
        assertThat(Reason.CONCENTRATED_CLASH.type()).isEqualTo("concentrated-clash");
    }
}
