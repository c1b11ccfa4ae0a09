package org.cadretraining.registry.units;

import java.util.List;

import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;

/**
 * Where a unit may sit: a province at the top, and below a unit only units of the same or a lower level. A
 * province-level agency (a department, sở) sits under its province.
 */
public final class UnitHierarchy {
    private UnitHierarchy() {
    }

    /** Why {@code level} cannot be placed under {@code parent}, or null when it can; the kind is the level's own. */
    public static String placementProblem(UnitLevel level, Unit parent) {
        return placementProblem(level, UnitClassification.defaultKind(level), parent);
    }

    /** Why a unit of this level and kind cannot be placed under {@code parent}, or null when it can. */
    public static String placementProblem(UnitLevel level, UnitKind kind, Unit parent) {
        if (parent == null) {
            return kind == UnitKind.PROVINCE ? null : "a " + (kind == null ? level : kind) + " unit needs a parent unit";
        }
        if (kind == UnitKind.PROVINCE) {
            return "a PROVINCE unit is the root of its tree and has no parent";
        }
        if (parent.dissolved()) {
            return "unit " + parent.code() + " is dissolved and takes no sub-units";
        }
        if (level.ordinal() < parent.level().ordinal()) {
            return "a " + level + " unit cannot sit under a " + parent.level() + " unit";
        }
        return null;
    }

    /**
     * Why {@code unit} cannot move under {@code newParent}, whose ancestors (parent first, root last) are given,
     * or null when it can. Sub-units move along, so only the unit's own level needs checking.
     */
    public static String moveProblem(Unit unit, Unit newParent, List<Unit> ancestorsOfNewParent) {
        if (unit.dissolved()) {
            return "unit " + unit.code() + " is dissolved";
        }
        if (newParent.id().equals(unit.id())
                || ancestorsOfNewParent.stream().anyMatch(a -> a.id().equals(unit.id()))) {
            return "unit " + newParent.code() + " lies inside " + unit.code() + "; moving there would make a cycle";
        }
        return placementProblem(unit.level(), unit.kind(), newParent);
    }

    /** Why {@code unit} cannot be dissolved, or null when it can. */
    public static String dissolutionProblem(Unit unit, long activeCadres, long liveSubUnits) {
        if (unit.dissolved()) {
            return "unit " + unit.code() + " is already dissolved";
        }
        if (activeCadres > 0) {
            return "unit " + unit.code() + " still has " + activeCadres + " active cadre(s); transfer them first";
        }
        if (liveSubUnits > 0) {
            return "unit " + unit.code() + " still has " + liveSubUnits + " sub-unit(s); move or dissolve them first";
        }
        return null;
    }
}
