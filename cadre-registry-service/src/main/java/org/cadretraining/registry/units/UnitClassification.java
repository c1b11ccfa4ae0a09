package org.cadretraining.registry.units;

import java.util.EnumSet;
import java.util.Set;

import org.cadretraining.events.vocabulary.UnitKind;
import org.cadretraining.events.vocabulary.UnitLevel;

/**
 * What a unit may be where it sits. Administrative units have a kind that fixes their level (a ward sits at commune
 * level), and only they carry a code of Decision 19/2025/QĐ-TTg: 2 digits for a province, 5 for a commune, ward or
 * special zone (and 3 for a district, as the codes stood until 2025). Agencies, blocs, public service units and party
 * cells sit at any level ("division-level leaders and equivalent").
 */
public final class UnitClassification {
    public static final Set<UnitKind> ADMINISTRATIVE = EnumSet.of(UnitKind.PROVINCE, UnitKind.DISTRICT, UnitKind.COMMUNE,
            UnitKind.WARD, UnitKind.SPECIAL_ZONE);

    private UnitClassification() {
    }

    /** The kind a unit had before kinds were recorded: its level's administrative unit. */
    public static UnitKind defaultKind(UnitLevel level) {
        if (level == null) {
            return null;
        }
        return switch (level) {
            case PROVINCE -> UnitKind.PROVINCE;
            case DISTRICT -> UnitKind.DISTRICT;
            case COMMUNE -> UnitKind.COMMUNE;
        };
    }

    /** The level an administrative kind fixes; null for a kind that may sit at any level. */
    public static UnitLevel levelOf(UnitKind kind) {
        return switch (kind) {
            case PROVINCE -> UnitLevel.PROVINCE;
            case DISTRICT -> UnitLevel.DISTRICT;
            case COMMUNE, WARD, SPECIAL_ZONE -> UnitLevel.COMMUNE;
            default -> null;
        };
    }

    /** Why a unit of {@code kind} cannot be at {@code level}, or null when it can. */
    public static String kindProblem(UnitKind kind, UnitLevel level) {
        UnitLevel fixed = levelOf(kind);
        if (fixed != null && fixed != level) {
            return "a " + kind + " unit is at " + fixed + " level, not " + level;
        }
        return null;
    }

    /** Why {@code officialCode} (null: none) cannot be the code of a unit of this kind and level, or null when it can. */
    public static String officialCodeProblem(String officialCode, UnitKind kind, UnitLevel level) {
        if (officialCode == null) {
            return null;
        }
        if (!ADMINISTRATIVE.contains(kind)) {
            return "only administrative units (province, district, commune, ward, special zone) have an official code; a "
                    + kind + " has none";
        }
        int digits = switch (level) {
            case PROVINCE -> 2;
            case DISTRICT -> 3;
            case COMMUNE -> 5;
        };
        if (!officialCode.matches("\\d{" + digits + "}")) {
            return "the official code of a " + level + "-level unit has " + digits + " digits (Decision 19/2025/QĐ-TTg)";
        }
        return null;
    }
}
