package org.cadretraining.reporting.views;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Predicate;

import org.cadretraining.events.vocabulary.Ladder;

/** Where one cadre stands against one target. */
public record TargetMark(boolean inCohort, boolean meets, boolean expected) {
    public static final TargetMark OUTSIDE = new TargetMark(false, false, false);

    /**
     * @param unitInCohort whether a cadre serving in a unit is in the cohort's units ({@link CohortUnits})
     * @param year         the year committee memberships must cover
     */
    public static TargetMark of(Target target, CadreProgress cadre, Predicate<String> unitInCohort, int year) {
        if (!cadre.counted() || !personInCohort(target.cohort(), cadre, year) || !unitInCohort.test(cadre.unitId())) {
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

    /**
     * Where one cadre stands against the target wherever they serve: the cohort's unit filters are left to whoever sums
     * the marks over units (the dated views, per unit, with the tree of the day asked about).
     */
    public static TargetMark ofPerson(Target target, CadreProgress cadre, int year) {
        return of(target, cadre, unitId -> true, year);
    }

    /** The filters on the person: tier, committee seat in {@code year}, position. */
    static boolean personInCohort(Target.Cohort cohort, CadreProgress cadre, int year) {
        if (!cohort.managementTiers().isEmpty() && !cohort.managementTiers().contains(cadre.managementTier())) {
            return false;
        }
        if (!cohort.committees().isEmpty() && cadre.committeeMemberships().stream()
                .noneMatch(m -> cohort.committees().contains(m.committee()) && m.activeIn(year))) {
            return false;
        }
        if (!cohort.positions().isEmpty()) {
            String position = cadre.position() == null ? "" : cadre.position().toLowerCase(Locale.ROOT);
            return cohort.positions().stream().anyMatch(p -> position.contains(p.toLowerCase(Locale.ROOT)));
        }
        return true;
    }
}
