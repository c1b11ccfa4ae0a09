package org.cadretraining.reporting.views;

import java.util.Set;
import java.util.TreeSet;

import org.cadretraining.events.vocabulary.Gender;
import org.cadretraining.events.vocabulary.ManagementTier;
import org.cadretraining.events.vocabulary.ProgramCategory;
import org.cadretraining.events.vocabulary.QualificationLevels;

/**
 * The part of one cadre that counts in their unit's figures. It is what moves between units on a transfer:
 * subtracted from the old unit, added to the new. {@code studyingOther}: studying in a program category this version
 * does not know (a newer contract's), which counts as studying now and in no category.
 */
public record UnitContribution(Gender gender, boolean ethnicMinority, int birthYear, ManagementTier managementTier,
                               QualificationLevels levels, Set<ProgramCategory> studying, boolean studyingOther) {
    public static UnitContribution of(CadreProgress cadre) {
        Set<ProgramCategory> studying = new TreeSet<>();
        boolean other = false;
        for (var enrollment : cadre.currentEnrollments()) {
            if (enrollment.programCategory() == null) {
                other = true;
            } else {
                studying.add(enrollment.programCategory());
            }
        }
        return new UnitContribution(cadre.gender(), cadre.ethnicMinority(),
                cadre.birthDate() == null ? 0 : cadre.birthDate().getYear(), cadre.managementTier(), cadre.levels(),
                studying, other);
    }
}
