package org.cadretraining.enrollment.cadres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.cadretraining.events.registry.CadreRegistered;
import org.cadretraining.events.vocabulary.CadreStatus;
import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.Ladder;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.PoliticalTheoryLevel;
import org.cadretraining.events.vocabulary.ProfessionalLevel;
import org.cadretraining.events.vocabulary.QualificationLevels;
import org.cadretraining.events.vocabulary.StateManagementLevel;
import org.junit.jupiter.api.Test;

class ReplicatedCadreTest {
    private static final Instant T0 = Instant.parse("2026-01-05T08:00:00Z");
    private static final Instant T1 = Instant.parse("2026-02-05T08:00:00Z");
    private final String cadreId = UUID.randomUUID().toString();
    private final String unitId = UUID.randomUUID().toString();

    private CadreRegistered registered(CadreStatus status, QualificationLevels levels) {
        return new CadreRegistered(cadreId, unitId, "Lò Thị Hương", LocalDate.of(1988, 4, 12), Gender.FEMALE, true,
                "Chuyên viên", null, ManagementTier.PROVINCIAL_STANDING_COMMITTEE, status, levels, T0, java.util.List.of());
    }

    @Test
    void takesTheFactsEligibilityNeedsFromCadreRegistered() {
        QualificationLevels levels = new QualificationLevels(ProfessionalLevel.UNIVERSITY, PoliticalTheoryLevel.ELEMENTARY,
                StateManagementLevel.NONE);
        ReplicatedCadre cadre = ReplicatedCadre.registered(registered(CadreStatus.ACTIVE, levels), T1);

        assertThat(cadre.cadreId()).hasToString(cadreId);
        assertThat(cadre.unitId()).hasToString(unitId);
        assertThat(cadre.managementTier()).isEqualTo(ManagementTier.PROVINCIAL_STANDING_COMMITTEE);
        assertThat(cadre.levels()).isEqualTo(levels);
        assertThat(cadre.updatedAt()).isEqualTo(T1);
        assertThat(cadre.isActive()).isTrue();
        assertThat(ReplicatedCadre.registered(registered(CadreStatus.RETIRED, levels), T1).isActive()).isFalse();
        assertThat(ReplicatedCadre.registered(registered(CadreStatus.LEFT, levels), T1).isActive()).isFalse();
    }

    @Test
    void anEventWithoutLevelsMeansNoneYet() {
        assertThat(ReplicatedCadre.registered(registered(CadreStatus.ACTIVE, null), T0).levels()).isEqualTo(QualificationLevels.NONE);
    }

    @Test
    void aTransferMovesOnlyTheUnit() {
        ReplicatedCadre cadre = ReplicatedCadre.registered(registered(CadreStatus.ACTIVE, QualificationLevels.NONE), T0);
        UUID newUnit = UUID.randomUUID();
        ReplicatedCadre moved = cadre.transferredTo(newUnit, T1);
        assertThat(moved.unitId()).isEqualTo(newUnit);
        assertThat(moved).usingRecursiveComparison().ignoringFields("unitId", "updatedAt").isEqualTo(cadre);
        assertThat(moved.updatedAt()).isEqualTo(T1);
    }

    @Test
    void aQualificationSetsThatLadderToTheRegistrysCurrentLevel() {
        ReplicatedCadre cadre = ReplicatedCadre.registered(registered(CadreStatus.ACTIVE, QualificationLevels.NONE), T0)
                .withCurrentLevel(Ladder.POLITICAL_THEORY, "INTERMEDIATE", T1)
                .withCurrentLevel(Ladder.STATE_MANAGEMENT, "PRINCIPAL_SPECIALIST", T1);
        assertThat(cadre.levels()).isEqualTo(new QualificationLevels(ProfessionalLevel.NONE,
                PoliticalTheoryLevel.INTERMEDIATE, StateManagementLevel.PRINCIPAL_SPECIALIST));
    }

    @Test
    void aLevelThatIsNotOnTheLadderIsRefused() {
        ReplicatedCadre cadre = ReplicatedCadre.registered(registered(CadreStatus.ACTIVE, QualificationLevels.NONE), T0);
        assertThatThrownBy(() -> cadre.withCurrentLevel(Ladder.STATE_MANAGEMENT, "MASTER", T1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStatusOrTierOfALaterVersionIsNotActiveAndMeetsNoTier() {
        // What the codec makes of values a newer registry sent (UnknownValues): absent.
        ReplicatedCadre cadre = ReplicatedCadre.registered(new CadreRegistered(cadreId, unitId, "Lò Thị Hương",
                LocalDate.of(1988, 4, 12), null, true, null, null, null, null, QualificationLevels.NONE, T0,
                java.util.List.of()), T1);
        assertThat(cadre.isActive()).isFalse();
        assertThat(cadre.statusText()).isEqualTo("in a status this version does not know");
        assertThat(new org.cadretraining.enrollment.programs.Prerequisites(java.util.List.of(),
                java.util.Set.of(ManagementTier.PROVINCIAL_STANDING_COMMITTEE)).unmetBy(cadre.levels(), cadre.managementTier()))
                .containsExactly("management tier one of [PROVINCIAL_STANDING_COMMITTEE] (is one this version does not know)");
        // A departure to a status it does not know leaves the cadre not active either.
        ReplicatedCadre active = ReplicatedCadre.registered(registered(CadreStatus.ACTIVE, QualificationLevels.NONE), T0);
        assertThat(active.withStatus(null, T1).isActive()).isFalse();
    }

    @Test
    void aLadderOfALaterVersionChangesNothingHere() {
        QualificationLevels levels = new QualificationLevels(ProfessionalLevel.UNIVERSITY, PoliticalTheoryLevel.ELEMENTARY,
                StateManagementLevel.NONE);
        ReplicatedCadre cadre = ReplicatedCadre.registered(registered(CadreStatus.ACTIVE, levels), T0);
        assertThat(cadre.withCurrentLevel(null, "ANYTHING", T1).levels()).isEqualTo(levels);
    }
}
