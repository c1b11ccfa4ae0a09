package org.cadretraining.reporting.views;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.cadretraining.events.vocabulary.Ladder;

/** Where one cadre stands against one target. */
public record TargetMark(boolean inCohort, boolean meets, boolean expected) {
    public static final TargetMark OUTSIDE = new TargetMark(false, false, false);

    /**
     * @param units looks a unit up by id, for the cohort's unit subtree and unit levels
     * @param year  the year committee memberships must cover
     */
    public static TargetMark of(Target target, CadreProgress cadre, Function<String, Optional<UnitView>> units, int year) {
        if (!cadre.counted() || !inCohort(target.cohort(), cadre, units, year)) {
            return OUTSIDE;
        }
        Ladder ladder = target.criterion().ladder();
        int minimum = ladder.rank(target.criterion().minimumLevel());
        boolean holds = ladder.rank(cadre.levels().level(ladder)) >= minimum;
        boolean studying = false;
        boolean finishesInTime = false;
        for (EnrollmentState enrollment : cadre.currentEnrollments()) {
            if (enrollment.confers() != null && enrollment.confers().ladder() == ladder
                    && ladder.rank(enrollment.confers().level()) >= minimum) {
                studying = true;
                LocalDate end = enrollment.expectedEndDate();
                finishesInTime |= end != null && !end.isAfter(target.deadline());
            }
        }
        return new TargetMark(true, holds || target.criterion().studyingCounts() && studying, holds || finishesInTime);
    }

    static boolean inCohort(Target.Cohort cohort, CadreProgress cadre, Function<String, Optional<UnitView>> units, int year) {
        if (!cohort.managementTiers().isEmpty() && !cohort.managementTiers().contains(cadre.managementTier())) {
            return false;
        }
        if (!cohort.committees().isEmpty() && cadre.committeeMemberships().stream()
                .noneMatch(m -> cohort.committees().contains(m.committee()) && m.activeIn(year))) {
            return false;
        }
        if (!cohort.positions().isEmpty()) {
            String position = cadre.position() == null ? "" : cadre.position().toLowerCase(Locale.ROOT);
            if (cohort.positions().stream().noneMatch(p -> position.contains(p.toLowerCase(Locale.ROOT)))) {
                return false;
            }
        }
        if (!cohort.unitLevels().isEmpty()) {
            Optional<UnitView> unit = units.apply(cadre.unitId());
            if (unit.isEmpty() || !cohort.unitLevels().contains(unit.get().level())) {
                return false;
            }
        }
        return cohort.unitId() == null || UnitTree.isWithin(cadre.unitId(), cohort.unitId()::equals,
                id -> units.apply(id).map(UnitView::parentUnitId).orElse(null));
    }
}
